package org.chronotope.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Who is making the current request, in the terms the features ask about. */
@RequestScoped
public class CurrentUser {

  private final SecurityIdentity identity;

  public CurrentUser(SecurityIdentity identity) {
    this.identity = identity;
  }

  /** Editors and admins see drafts and may write. */
  public boolean canEdit() {
    return identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.ADMIN);
  }

  public boolean isAnonymous() {
    return identity.isAnonymous();
  }

  /** The user name, or {@code anonymous}. */
  public String name() {
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }
}
