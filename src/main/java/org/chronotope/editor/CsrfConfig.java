package org.chronotope.editor;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** The editor forms' CSRF token ({@code chronotope.csrf.*} in application.properties). */
@ConfigMapping(prefix = "chronotope.csrf")
public interface CsrfConfig {

  /** The form field that carries the token. */
  String fieldName();

  /** The header a script's request carries it in. */
  String headerName();

  String cookieName();

  /** Only the editor's pages need the cookie. */
  String cookiePath();

  Duration cookieMaxAge();
}
