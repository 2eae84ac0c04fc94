package org.chronotope.event;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a media URL is, read once on the server from the URL alone (no request to the provider): its
 * {@link MediaKind}, the provider a reader would name ("YouTube", "Wikipedia", or the host), the
 * address a link opens ({@code href}, https for known providers) and, when the page may show it
 * after the reader asks, what to load ({@code embedUrl}) and how ({@link Player}). Provider players
 * always come from one of {@link #FRAME_HOSTS}, which the Content Security Policy allows as frames.
 */
public record MediaType(
    MediaKind kind, String provider, String href, String embedUrl, Player player) {

  /** How a page shows a medium once the reader asks for it. */
  public enum Player {
    /** The provider's player in an iframe on one of {@link #FRAME_HOSTS}. */
    FRAME,
    /** An {@code <img>} of {@code embedUrl}. */
    IMAGE,
    /** A {@code <video controls>} of the file at {@code embedUrl}. */
    VIDEO,
    /** An {@code <audio controls>} of the file at {@code embedUrl}. */
    AUDIO,
    /** Nothing to load here: a link to the provider. */
    LINK;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The hosts whose players a page may frame: the frame-src of the Content Security Policy. */
  public static final List<String> FRAME_HOSTS =
      List.of(
          "https://www.youtube-nocookie.com",
          "https://player.vimeo.com",
          "https://www.dailymotion.com",
          "https://fast.wistia.net",
          "https://w.soundcloud.com",
          "https://open.spotify.com",
          "https://platform.twitter.com",
          "https://www.instagram.com",
          "https://embed.bsky.app",
          "https://www.tiktok.com",
          "https://embed.documentcloud.org",
          "https://docs.google.com",
          "https://drive.google.com",
          "https://www.google.com",
          "https://www.flickr.com");

  static final Pattern IMAGE_FILE = Pattern.compile("(?i).*\\.(jpe?g|png|gif|svg|webp|avif)$");
  private static final Pattern VIDEO_FILE = Pattern.compile("(?i).*\\.(mp4|webm|ogv|mov|m4v)$");
  private static final Pattern AUDIO_FILE =
      Pattern.compile("(?i).*\\.(mp3|wav|m4a|ogg|oga|opus|flac|aac)$");
  private static final Pattern PDF_FILE = Pattern.compile("(?i).*\\.pdf$");
  private static final Pattern TWEET_LINK =
      Pattern.compile(
          "(?i)href\\s*=\\s*[\"']?(https?://(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/[^\"'\\s>]*/status(?:es)?/\\d+)");
  private static final Pattern IFRAME_SRC =
      Pattern.compile("(?is)<iframe[^>]*\\ssrc\\s*=\\s*[\"']?([^\"'\\s>]+)");

  /** What {@code url} is; never null: an unknown address is a page of its host, shown as a link. */
  public static MediaType of(String url) {
    String text = url == null ? "" : url.strip();
    if (text.startsWith("<")) {
      return ofHtml(text);
    }
    if (text.regionMatches(true, 0, "spotify:", 0, 8)) {
      return MediaProviders.spotify(text.substring(8).replace(':', '/'), text);
    }
    URI uri = parse(text.startsWith("//") ? "https:" + text : text).orElse(null);
    if (uri == null
        || uri.getHost() == null
        || !("http".equalsIgnoreCase(uri.getScheme())
            || "https".equalsIgnoreCase(uri.getScheme()))) {
      return new MediaType(
          MediaKind.PAGE, text.isEmpty() ? "?" : shorten(text), null, null, Player.LINK);
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String https = https(uri);
    MediaType known = MediaProviders.known(host, path, uri, https);
    return known != null ? known : byExtension(host, path, text, https);
  }

  /** The same address over https (a {@code http:} one upgraded); unchanged if it is not http(s). */
  public static String https(String url) {
    return parse(url)
        .filter(u -> "http".equalsIgnoreCase(u.getScheme()) && u.getHost() != null)
        .map(MediaType::https)
        .orElse(url);
  }

  /** A file (image, video, audio, PDF) by its extension, or a page of its host. */
  private static MediaType byExtension(String host, String path, String original, String https) {
    String provider = providerOfFile(host);
    if (IMAGE_FILE.matcher(path).matches()) {
      return new MediaType(MediaKind.IMAGE, provider, original, https, Player.IMAGE);
    }
    if (VIDEO_FILE.matcher(path).matches()) {
      return new MediaType(MediaKind.VIDEO, provider, original, https, Player.VIDEO);
    }
    if (AUDIO_FILE.matcher(path).matches()) {
      return new MediaType(MediaKind.AUDIO, provider, original, https, Player.AUDIO);
    }
    return new MediaType(
        MediaKind.PAGE,
        PDF_FILE.matcher(path).matches() ? provider + " (PDF)" : provider,
        original,
        null,
        Player.LINK);
  }

  private static String providerOfFile(String host) {
    if (MediaProviders.is(host, "giphy.com")) {
      return "Giphy";
    }
    if (MediaProviders.is(host, "imgur.com")) {
      return "Imgur";
    }
    if (MediaProviders.is(host, "staticflickr.com")) {
      return "Flickr";
    }
    if (MediaProviders.is(host, "googleusercontent.com")) {
      return "Google Photos";
    }
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  /**
   * An HTML embed: a tweet's blockquote is a post of X, an iframe what its source is, other markup
   * a quote.
   */
  private static MediaType ofHtml(String html) {
    if (html.matches("(?is)<blockquote[^>]*class\\s*=\\s*[\"'][^\"']*twitter-tweet.*")) {
      Matcher link = TWEET_LINK.matcher(html);
      String status = null;
      while (link.find()) {
        status = link.group(1);
      }
      if (status != null) {
        return of(status);
      }
      return new MediaType(MediaKind.POST, "X (Twitter)", null, null, Player.LINK);
    }
    Matcher iframe = IFRAME_SRC.matcher(html);
    if (iframe.find()) {
      return of(iframe.group(1).replace("&amp;", "&"));
    }
    return new MediaType(MediaKind.QUOTE, "Quote", null, null, Player.LINK);
  }

  private static String https(URI u) {
    String s = u.toString();
    return "http".equalsIgnoreCase(u.getScheme()) ? "https" + s.substring(4) : s;
  }

  private static Optional<URI> parse(String url) {
    try {
      return Optional.of(new URI(url));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 39) + "…" : s;
  }
}
