package org.chronotope.embed;

import static org.chronotope.web.TextExtensions.htmlEscaped;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.common.ProblemException;
import org.chronotope.story.Story;

/**
 * The oEmbed endpoint (oembed.com): given the address of a published story page (or of its embed),
 * the iframe HTML that embeds it, so a CMS such as WordPress embeds a pasted link.
 */
@Path("/")
public class OEmbedResource {

  private static final Pattern STORY_PATH =
      Pattern.compile("^/(?:stories|embed)/([a-z0-9]+(?:-[a-z0-9]+)*)/?$");
  static final int DEFAULT_WIDTH = 800;
  static final int DEFAULT_HEIGHT = 600;
  static final int MIN_WIDTH = 200;

  @GET
  @Path("oembed")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  public Response oembed(
      @QueryParam("url") String url,
      @QueryParam("maxwidth") String maxWidth,
      @QueryParam("maxheight") String maxHeight,
      @QueryParam("format") String format,
      UriInfo uri) {
    if (format != null && !format.isBlank() && !format.equals("json")) {
      // The specification's answer to a format the provider does not serve.
      throw ProblemException.notImplemented("format: only json is served, not '" + format + "'");
    }
    if (url == null || url.isBlank()) {
      throw ProblemException.invalid(
          "url",
          "required: the address of a story page, e.g. " + uri.getBaseUri() + "stories/my-story");
    }
    int width = bound("maxwidth", maxWidth, DEFAULT_WIDTH, MIN_WIDTH);
    int height = bound("maxheight", maxHeight, DEFAULT_HEIGHT, EmbedOptions.MIN_HEIGHT);
    Story story =
        storyOf(url, uri.getBaseUri())
            .orElseThrow(() -> ProblemException.notFound("a published story at " + url));
    var address = uri.getBaseUriBuilder().path("embed/{slug}").queryParam("height", height);
    // A story page's address that opens a tour (?tour=NAME&step=N) embeds the same tour.
    Map<String, String> asked = tourOf(url);
    asked.forEach(address::queryParam);
    String embed = address.build(story.slug).toString();
    return Response.ok(
            new OEmbed(
                "1.0",
                "rich",
                story.title,
                "Chronotope",
                uri.getBaseUri().toString(),
                iframe(embed, story.title, width, height),
                width,
                height,
                3600))
        .build();
  }

  /**
   * The iframe as wide as the article's column (never wider than {@code width}) and exactly {@code
   * height} tall, the height its embed page lays itself out in. The {@code width} and {@code
   * height} attributes repeat the style for hosts that strip styles (WordPress does).
   */
  static String iframe(String src, String title, int width, int height) {
    return "<iframe src=\""
        + htmlEscaped(src)
        + "\" width=\"100%\" height=\""
        + height
        + "\" title=\""
        + htmlEscaped(title)
        + "\" style=\"display:block;width:100%;max-width:"
        + width
        + "px;height:"
        + height
        + "px;border:0\" loading=\"lazy\" allowfullscreen></iframe>";
  }

  /** The published story a URL of this site names, if any. */
  static Optional<Story> storyOf(String url, URI base) {
    URI asked;
    try {
      asked = new URI(url.strip());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    if (asked.getHost() == null
        || !asked.getHost().equalsIgnoreCase(base.getHost())
        || port(asked) != port(base)
        || asked.getPath() == null) {
      return Optional.empty();
    }
    Matcher m = STORY_PATH.matcher(asked.getPath());
    return m.matches() ? Story.findBySlug(m.group(1)).filter(Story::isPublished) : Optional.empty();
  }

  /** The tour and step a story page's address opens, when they read as such. */
  static Map<String, String> tourOf(String url) {
    Map<String, String> found = new LinkedHashMap<>();
    String query;
    try {
      query = new URI(url.strip()).getRawQuery();
    } catch (URISyntaxException e) {
      return found;
    }
    if (query == null) {
      return found;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      if (key.equals("tour") && value.matches("[a-z0-9-]{1,100}")) {
        found.put("tour", value);
      } else if (key.equals("step") && value.matches("[1-9]\\d{0,2}")) {
        found.put("step", value);
      }
    }
    if (!found.containsKey("tour")) {
      found.clear();
    }
    return found;
  }

  private static int port(URI u) {
    return u.getPort() != -1 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
  }

  private static int bound(String field, String text, int fallback, int min) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    if (!text.strip().matches("\\d+")) {
      throw ProblemException.invalid(field, "must be a whole number of pixels, not '" + text + "'");
    }
    // A maximum larger than ours is no constraint: cap it before it overflows an int.
    String digits = text.strip().replaceFirst("^0+(?=\\d)", "");
    int value = digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    if (value < min) {
      throw ProblemException.invalid(field, "must be at least " + min + " pixels, not " + value);
    }
    return Math.min(value, fallback);
  }
}
