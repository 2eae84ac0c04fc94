package org.chronotope.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.event.EventInput.MediaInput;
import org.chronotope.event.MediaKind;
import org.chronotope.event.MediaType;

/**
 * TimelineJS and StoryMapJS media objects ({@code url, caption, credit, thumbnail, alt}) to event
 * media. Only http and https URLs are kept; a protocol-relative URL ({@code //host/…}) is read as
 * https. An HTML embed in {@code url} (a blockquote, a tweet, an iframe) is not a URL: its
 * sanitized text joins the event's body and an iframe's https source becomes the media URL.
 */
final class MediaReader {

  private static final Pattern IFRAME_SRC =
      Pattern.compile("(?is)<iframe[^>]*\\ssrc\\s*=\\s*[\"']?([^\"'\\s>]+)");

  /** What a media object gave: at most one media item and HTML to append to the body. */
  record Result(MediaInput media, String embeddedHtml) {}

  private MediaReader() {}

  static Result read(JsonNode media, Where where, List<Issue> notes) {
    if (media == null || media.isNull() || !media.isObject()) {
      return new Result(null, null);
    }
    String url = text(media, "url");
    String caption = ImportedHtml.toText(text(media, "caption"));
    String credit = ImportedHtml.toText(text(media, "credit"));
    String alt = ImportedHtml.toText(text(media, "alt"));
    if (media.hasNonNull("link") && !text(media, "link").isBlank()) {
      notes.add(
          where
              .issue("link", "the media link is not kept: Chronotope media open their own URL")
              .because(Issue.Reason.MEDIA_LINK_DROPPED));
    }
    if (url.isBlank()) {
      return new Result(null, null);
    }
    if (url.startsWith("<")) {
      return embed(url, caption, credit, alt, where, notes);
    }
    String absolute = httpUrl(url);
    if (absolute == null) {
      notes.add(
          where
              .issue(
                  "url",
                  "media '"
                      + shorten(url)
                      + "' dropped: "
                      + (url.startsWith("/") || !url.contains(":")
                          ? "a relative URL has no site to resolve against"
                          : "only http and https URLs are kept"))
              .because(
                  url.startsWith("/") || !url.contains(":")
                      ? Issue.Reason.MEDIA_RELATIVE
                      : Issue.Reason.MEDIA_NOT_HTTP,
                  shorten(url)));
      return new Result(null, null);
    }
    String thumbnail = text(media, "thumbnail");
    String thumbnailUrl = thumbnail.isBlank() ? null : httpUrl(thumbnail);
    if (!thumbnail.isBlank() && thumbnailUrl == null) {
      notes.add(
          where
              .issue(
                  "thumbnail",
                  "thumbnail '"
                      + shorten(thumbnail)
                      + "' dropped: only http and https URLs are kept")
              .because(Issue.Reason.THUMBNAIL_DROPPED, shorten(thumbnail)));
    }
    return new Result(
        new MediaInput(
            upgraded(absolute, "url", where, notes),
            blankToNull(caption),
            blankToNull(credit),
            blankToNull(alt),
            thumbnailUrl == null ? null : upgraded(thumbnailUrl, "thumbnail", where, notes)),
        null);
  }

  private static Result embed(
      String html, String caption, String credit, String alt, Where where, List<Issue> notes) {
    String body = ImportedHtml.toBody(html);
    List<String> active = ImportedHtml.activeContent(html);
    if (!active.isEmpty()) {
      notes.add(
          where
              .issue("url", "embed code sanitized: " + String.join(", ", active) + " removed")
              .because(Issue.Reason.EMBED_SANITIZED, String.join(", ", active)));
    }
    Matcher iframe = IFRAME_SRC.matcher(html);
    if (iframe.find()) {
      String src = httpUrl(iframe.group(1).replace("&amp;", "&"));
      if (src != null) {
        notes.add(
            where
                .issue("url", "iframe embed kept as a link to its source")
                .because(Issue.Reason.IFRAME_AS_LINK));
        return new Result(
            new MediaInput(
                upgraded(src, "url", where, notes),
                blankToNull(caption),
                blankToNull(credit),
                blankToNull(alt),
                null),
            body.isEmpty() ? null : body);
      }
    }
    MediaType post = MediaType.of(html);
    if (post.kind() == MediaKind.POST && post.href() != null && !body.isEmpty()) {
      // A pasted tweet: its text stays readable here, the post itself loads from X only on request.
      notes.add(
          where
              .issue(
                  "url",
                  post.provider()
                      + " embed kept as a link to the post, its text added to the event's text")
              .because(Issue.Reason.POST_AS_LINK, post.provider()));
      return new Result(
          new MediaInput(
              post.href(), blankToNull(caption), blankToNull(credit), blankToNull(alt), null),
          body);
    }
    if (body.isEmpty()) {
      notes.add(
          where
              .issue("url", "embed code dropped: nothing in it is safe to show")
              .because(Issue.Reason.EMBED_DROPPED));
      return new Result(null, null);
    }
    notes.add(
        where
            .issue("url", "embedded HTML added to the event's text")
            .because(Issue.Reason.EMBED_TO_TEXT));
    String attribution =
        String.join(" — ", List.of(caption, credit).stream().filter(s -> !s.isBlank()).toList());
    return new Result(
        null,
        attribution.isEmpty() ? body : body + "<p>" + ImportedHtml.escape(attribution) + "</p>");
  }

  /**
   * {@code url} over https, with a note when it was http: a page served over https may not load
   * http media. If the host serves no https, readers still get the link to the address.
   */
  private static String upgraded(String url, String field, Where where, List<Issue> notes) {
    String https = MediaType.https(url);
    if (!https.equals(url)) {
      notes.add(
          where
              .issue(
                  field,
                  "'"
                      + shorten(url)
                      + "' upgraded to https (readers get a link if the site"
                      + " does not serve https)")
              .because(Issue.Reason.HTTPS_UPGRADE, shorten(url)));
    }
    return https;
  }

  /** An absolute http(s) URL, or null. */
  static String httpUrl(String url) {
    String u = url.strip();
    if (u.startsWith("//")) {
      u = "https:" + u;
    }
    String lower = u.toLowerCase(Locale.ROOT);
    if ((lower.startsWith("http://") || lower.startsWith("https://"))
        && !u.matches(".*\\s.*")
        && u.length() <= 2000) {
      return u;
    }
    return null;
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "…" : s;
  }
}
