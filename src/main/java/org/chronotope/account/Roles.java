package org.chronotope.account;

/** The roles of Chronotope's users: editors edit stories; admins also manage users. */
public final class Roles {

  public static final String EDITOR = "editor";
  public static final String ADMIN = "admin";

  private Roles() {}
}
