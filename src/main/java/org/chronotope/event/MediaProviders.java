package org.chronotope.event;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.event.MediaType.Player;

/**
 * The providers {@link MediaType} knows by their addresses: YouTube, Vimeo, SoundCloud, Spotify, X,
 * Instagram, Wikipedia, Google's documents and maps, Flickr and the others. Each becomes its kind,
 * the name a reader knows it by and, when its id reads as one, the player on one of {@link
 * MediaType#FRAME_HOSTS} that a page may frame; anything else is a link.
 */
final class MediaProviders {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern MAP_AT = Pattern.compile("@(-?[\\d.]+),(-?[\\d.]+)(?:,([\\d.]+)z)?");
  private static final Pattern DURATION =
      Pattern.compile("(?:(\\d{1,5})h)?(?:(\\d{1,7})m)?(?:(\\d{1,9})s?)?");

  private MediaProviders() {}

  /** A medium of a provider this table knows, or null for any other address. */
  static MediaType known(String host, String path, URI uri, String https) {
    String[] seg = segments(path);
    if (is(host, "youtube.com") || is(host, "youtu.be") || is(host, "youtube-nocookie.com")) {
      String id =
          is(host, "youtu.be")
              ? at(seg, 0)
              : seg.length >= 2 && List.of("embed", "shorts", "live", "v").contains(seg[0])
                  ? seg[1]
                  : query(uri, "v");
      String start = Optional.ofNullable(query(uri, "t")).orElse(query(uri, "start"));
      long seconds = seconds(start);
      return player(
          MediaKind.VIDEO,
          "YouTube",
          https,
          id,
          i ->
              "https://www.youtube-nocookie.com/embed/"
                  + i
                  + (seconds > 0 ? "?start=" + seconds : ""));
    }
    if (is(host, "vimeo.com")) {
      String id = null;
      for (String s : seg) {
        if (s.matches("\\d{1,12}")) {
          id = s;
        }
      }
      return player(
          MediaKind.VIDEO, "Vimeo", https, id, i -> "https://player.vimeo.com/video/" + i);
    }
    if (is(host, "dailymotion.com") || is(host, "dai.ly")) {
      String id =
          is(host, "dai.ly")
              ? at(seg, 0)
              : seg.length >= 2 && seg[seg.length - 2].equals("video")
                  ? seg[seg.length - 1].split("_")[0]
                  : null;
      return player(
          MediaKind.VIDEO,
          "Dailymotion",
          https,
          id,
          i -> "https://www.dailymotion.com/embed/video/" + i);
    }
    if (is(host, "wistia.com") || is(host, "wistia.net") || is(host, "wi.st")) {
      String id =
          seg.length >= 2
                  && (seg[seg.length - 2].equals("medias") || seg[seg.length - 2].equals("iframe"))
              ? seg[seg.length - 1]
              : null;
      return player(
          MediaKind.VIDEO, "Wistia", https, id, i -> "https://fast.wistia.net/embed/iframe/" + i);
    }
    if (is(host, "soundcloud.com")) {
      if (host.equals("w.soundcloud.com")) {
        String track = query(uri, "url");
        return track == null
            ? link(MediaKind.AUDIO, "SoundCloud", https)
            : new MediaType(
                MediaKind.AUDIO,
                "SoundCloud",
                https,
                soundCloud(MediaType.https(track)),
                Player.FRAME);
      }
      return seg.length == 0
          ? link(MediaKind.AUDIO, "SoundCloud", https)
          : new MediaType(
              MediaKind.AUDIO,
              "SoundCloud",
              https,
              soundCloud("https://soundcloud.com" + path),
              Player.FRAME);
    }
    if (is(host, "spotify.com")) {
      return spotify(path, https);
    }
    if (is(host, "twitter.com") || is(host, "x.com")) {
      String id = seg.length >= 3 && seg[1].startsWith("status") ? seg[2] : null;
      return player(
          MediaKind.POST,
          "X (Twitter)",
          https,
          id != null && id.matches("\\d{1,25}") ? id : null,
          i -> "https://platform.twitter.com/embed/Tweet.html?dnt=true&id=" + i);
    }
    if (is(host, "instagram.com") || is(host, "instagr.am")) {
      boolean post = seg.length >= 2 && List.of("p", "reel", "tv").contains(seg[0]);
      return player(
          MediaKind.POST,
          "Instagram",
          https,
          post ? seg[1] : null,
          i ->
              "https://www.instagram.com/"
                  + (seg[0].equals("reel") ? "reel" : "p")
                  + "/"
                  + i
                  + "/embed/");
    }
    if (is(host, "bsky.app")) {
      // The embed needs the author's DID; a handle would need a request to Bluesky to resolve.
      boolean post =
          seg.length >= 4
              && seg[0].equals("profile")
              && seg[2].equals("post")
              && seg[1].matches("did:[a-z]+:[A-Za-z0-9._:%-]{1,128}");
      return player(
          MediaKind.POST,
          "Bluesky",
          https,
          post ? seg[3] : null,
          i -> "https://embed.bsky.app/embed/" + seg[1] + "/app.bsky.feed.post/" + i);
    }
    if (is(host, "tiktok.com")) {
      String id =
          seg.length >= 3 && seg[1].equals("video") && seg[2].matches("\\d{1,25}") ? seg[2] : null;
      return player(
          MediaKind.POST, "TikTok", https, id, i -> "https://www.tiktok.com/embed/v2/" + i);
    }
    if (is(host, "wikipedia.org")) {
      return link(MediaKind.PAGE, "Wikipedia", https);
    }
    if (is(host, "wikimedia.org")) {
      if (host.equals("commons.wikimedia.org")
          && seg.length == 2
          && seg[0].equals("wiki")
          && seg[1].regionMatches(true, 0, "File:", 0, 5)
          && MediaType.IMAGE_FILE.matcher(seg[1]).matches()) {
        return new MediaType(
            MediaKind.IMAGE,
            "Wikimedia Commons",
            https,
            "https://commons.wikimedia.org/wiki/Special:FilePath/"
                + seg[1].substring(5)
                + "?width=1280",
            Player.IMAGE);
      }
      return MediaType.IMAGE_FILE.matcher(path).matches()
          ? new MediaType(MediaKind.IMAGE, "Wikimedia Commons", https, https, Player.IMAGE)
          : link(MediaKind.PAGE, "Wikimedia Commons", https);
    }
    if (is(host, "documentcloud.org")) {
      String doc =
          seg.length >= 2 && seg[0].equals("documents")
              ? seg[1].replaceFirst("\\.html$", "")
              : null;
      return player(
          MediaKind.PAGE,
          "DocumentCloud",
          https,
          doc,
          d -> "https://embed.documentcloud.org/documents/" + d + "/?embed=1");
    }
    if (host.equals("docs.google.com")) {
      boolean doc =
          seg.length >= 3
              && List.of("document", "spreadsheets", "presentation").contains(seg[0])
              && seg[1].equals("d");
      return player(
          MediaKind.PAGE,
          "Google Docs",
          https,
          doc ? seg[2] : null,
          i -> "https://docs.google.com/" + seg[0] + "/d/" + i + "/preview");
    }
    if (host.equals("drive.google.com")) {
      String id =
          seg.length >= 3 && seg[0].equals("file") && seg[1].equals("d")
              ? seg[2]
              : query(uri, "id");
      return player(
          MediaKind.PAGE,
          "Google Drive",
          https,
          id,
          i -> "https://drive.google.com/file/d/" + i + "/preview");
    }
    if ((host.matches("(www\\.)?google\\.[a-z.]+") && seg.length > 0 && seg[0].equals("maps"))
        || host.matches("maps\\.google\\.[a-z.]+")) {
      return googleMap(seg, uri, https);
    }
    if (is(host, "flickr.com")) {
      boolean photo =
          seg.length >= 3
              && seg[0].equals("photos")
              && seg[2].matches("\\d{1,20}")
              && ID.matcher(seg[1]).matches();
      return player(
          MediaKind.IMAGE,
          "Flickr",
          https,
          photo ? seg[2] : null,
          i -> "https://www.flickr.com/photos/" + seg[1] + "/" + i + "/player/");
    }
    if (is(host, "flic.kr")) {
      return link(MediaKind.IMAGE, "Flickr", https);
    }
    if (is(host, "imgur.com") && !MediaType.IMAGE_FILE.matcher(path).matches()) {
      return link(MediaKind.IMAGE, "Imgur", https);
    }
    return null;
  }

  /** A Spotify address or {@code spotify:} URI (its path given with slashes). */
  static MediaType spotify(String path, String href) {
    String[] seg = segments(path);
    int i = seg.length > 0 && (seg[0].startsWith("intl-") || seg[0].equals("embed")) ? 1 : 0;
    String type = null;
    String id = null;
    if (seg.length >= i + 4 && seg[i].equals("user") && seg[i + 2].equals("playlist")) {
      type = "playlist";
      id = seg[i + 3];
    } else if (seg.length >= i + 2
        && List.of("track", "album", "playlist", "artist", "episode", "show").contains(seg[i])) {
      type = seg[i];
      id = seg[i + 1];
    }
    String kind = type;
    return player(
        MediaKind.AUDIO,
        "Spotify",
        href,
        id,
        s -> "https://open.spotify.com/embed/" + kind + "/" + s);
  }

  private static MediaType googleMap(String[] seg, URI uri, String https) {
    Matcher at = MAP_AT.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
    String q = query(uri, "q");
    for (int i = 1; i + 1 < seg.length && q == null; i++) {
      if (List.of("place", "search").contains(seg[i]) && !seg[i + 1].startsWith("@")) {
        q = decode(seg[i + 1]).replace('+', ' ');
      }
    }
    StringBuilder embed = new StringBuilder("https://www.google.com/maps?output=embed");
    if (at.find()) {
      embed.append("&ll=").append(at.group(1)).append(',').append(at.group(2));
      embed
          .append("&z=")
          .append(
              at.group(3) == null
                  ? "15"
                  : String.valueOf(Math.round(Double.parseDouble(at.group(3)))));
      if (q == null) {
        q = at.group(1) + "," + at.group(2);
      }
    } else if (q == null) {
      return link(MediaKind.PAGE, "Google Maps", https);
    }
    embed.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
    return new MediaType(MediaKind.PAGE, "Google Maps", https, embed.toString(), Player.FRAME);
  }

  private static String soundCloud(String track) {
    return "https://w.soundcloud.com/player/?url="
        + URLEncoder.encode(track, StandardCharsets.UTF_8);
  }

  private static MediaType player(
      MediaKind kind, String provider, String href, String id, Function<String, String> embed) {
    if (id == null || !ID.matcher(id).matches()) {
      return link(kind, provider, href);
    }
    return new MediaType(kind, provider, href, embed.apply(id), Player.FRAME);
  }

  private static MediaType link(MediaKind kind, String provider, String href) {
    return new MediaType(kind, provider, href, null, Player.LINK);
  }

  /** Whether host is domain or one of its subdomains. */
  static boolean is(String host, String domain) {
    return host.equals(domain) || host.endsWith("." + domain);
  }

  private static String[] segments(String path) {
    return path.replaceAll("^/+|/+$", "").isEmpty()
        ? new String[0]
        : path.replaceAll("^/+|/+$", "").split("/+");
  }

  private static String at(String[] seg, int i) {
    return seg.length > i ? seg[i] : null;
  }

  private static String query(URI uri, String name) {
    String q = uri.getRawQuery();
    if (q == null) {
      return null;
    }
    for (String pair : q.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return decode(pair.substring(eq + 1));
      }
    }
    return null;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  /** "5m21s", "321", "1h2m" as seconds; 0 if absent or unreadable. */
  private static long seconds(String t) {
    if (t == null || t.isEmpty()) {
      return 0;
    }
    Matcher m = DURATION.matcher(t);
    if (!m.matches()) {
      return 0;
    }
    long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    long min = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
    long s = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
    return Math.min(h * 3600 + min * 60 + s, 1_000_000);
  }
}
