package org.chronotope.editor;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A one-time message for the next editor page after a redirect ("Saved …", "Moved … to the trash"
 * with its Undo), carried in a short-lived cookie that {@link Editor} reads and clears.
 *
 * @param kind which message: saved, created, deleted, restored, merged, duplicated, unchanged
 * @param title what it is about, as the editor named it
 * @param undo where the Undo button posts, or null
 */
public record Flash(String kind, String title, String undo) {

  public static final String COOKIE = "ct-flash";
  private static final int MAX_TITLE = 300;

  /** A 303 redirect to {@code location} that shows this message there. */
  public Response redirect(String location) {
    return Response.seeOther(URI.create(location)).cookie(cookie()).build();
  }

  public static Response redirect(String location, String kind, String title) {
    return new Flash(kind, title, null).redirect(location);
  }

  NewCookie cookie() {
    String shortTitle = title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) + "…" : title;
    String value = String.join("\n", kind, shortTitle, undo == null ? "" : undo);
    return new NewCookie.Builder(COOKIE)
        .value(
            Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(value.getBytes(StandardCharsets.UTF_8)))
        .path("/editor")
        .maxAge(60)
        .httpOnly(true)
        .sameSite(NewCookie.SameSite.LAX)
        .build();
  }

  /** Reads the cookie's value; anything malformed is no message at all. */
  static Optional<Flash> parse(String cookieValue) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cookieValue), StandardCharsets.UTF_8)
              .split("\n", -1);
      if (parts.length != 3 || parts[0].isBlank()) {
        return Optional.empty();
      }
      // Only our own pages may be the target of an Undo.
      String undo = parts[2].startsWith("/editor/") ? parts[2] : null;
      return Optional.of(new Flash(parts[0], parts[1], undo));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
