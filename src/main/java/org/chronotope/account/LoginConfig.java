package org.chronotope.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How failed sign-ins are slowed ({@code chronotope.login.*}, see {@link LoginThrottle}). */
@ConfigMapping(prefix = "chronotope.login")
public interface LoginConfig {

  /** Failures per account and client (a browser that signed in before, else the address). */
  @WithDefault("5")
  int freeFailuresPerClient();

  /** For clients the account has not seen succeed: failures per account. */
  @WithDefault("20")
  int freeFailuresPerAccount();

  /** For clients the account has not seen succeed: failures per address, on any account. */
  @WithDefault("20")
  int freeFailuresPerAddress();

  /** The wait after the first failure beyond the free ones; it doubles with each further one. */
  @WithDefault("PT1S")
  Duration firstDelay();

  @WithDefault("PT15M")
  Duration maxDelay();
}
