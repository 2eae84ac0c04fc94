package org.chronotope.embed;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Where a page's category icons find their glyphs ({@code inject:iconSprite} in {@code
 * tags/icon.html}): the sprite file {@code /img/icons.svg}, except in an embed, which carries the
 * sprite in its own page. A sandboxed embed (WordPress's) has an opaque origin, and a browser draws
 * no {@code <use>} of another origin's file.
 */
@RequestScoped
@Named("iconSprite")
public class IconSprite {

  static final String FILE = "/img/icons.svg";
  private static final String SYMBOLS = load();

  private final boolean embed;

  public IconSprite(HttpServerRequest request) {
    this.embed = request.path().startsWith("/embed/");
  }

  /** The address of the sprite, before {@code #ct-i-NAME}: empty when the page carries it. */
  public String href() {
    return embed ? "" : FILE;
  }

  /** The sprite's symbols, for a page that carries them ({@code <svg hidden>…</svg>}). */
  public String symbols() {
    return SYMBOLS;
  }

  private static String load() {
    try (InputStream in = IconSprite.class.getResourceAsStream("/META-INF/resources" + FILE)) {
      String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // The <symbol>s only: the file's own <svg> and comment stay out of the page.
      return svg.substring(
          svg.indexOf("<symbol"), svg.lastIndexOf("</symbol>") + "</symbol>".length());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
