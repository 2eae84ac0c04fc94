package org.chronotope.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The roles of Chronotope's users, each able to do what the one before can: reporters create and
 * edit drafts and submit them for review; editors also publish (and approve what others submit);
 * admins also manage users and settings. A user holds one role, stored by name.
 */
public final class Roles {

  public static final String REPORTER = "reporter";
  public static final String EDITOR = "editor";
  public static final String ADMIN = "admin";

  /** Problem type of a request the user's role may not make; its message names the role. */
  public static final String REFUSED = "urn:chronotope:problem:role";

  /** Every role, from the least to the most trusted. */
  public static final List<String> ALL = List.of(REPORTER, EDITOR, ADMIN);

  private Roles() {}

  /**
   * The roles {@code role} grants, itself included, most trusted first: an admin is an editor and a
   * reporter.
   */
  public static List<String> granted(String role) {
    List<String> granted = new ArrayList<>();
    for (int rank = ALL.indexOf(role); rank >= 0; rank--) {
      granted.add(ALL.get(rank));
    }
    return List.copyOf(granted);
  }

  /** The most trusted role of a list, the one a user given these roles holds. */
  public static Optional<String> highest(List<String> roles) {
    return roles.stream().filter(ALL::contains).max((a, b) -> ALL.indexOf(a) - ALL.indexOf(b));
  }
}
