package org.chronotope.account;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Optional;

/** Who is making the current request, in the terms the features ask about. */
@RequestScoped
public class CurrentUser {

  private final SecurityIdentity identity;

  public CurrentUser(SecurityIdentity identity) {
    this.identity = identity;
  }

  /** Reporters, editors and admins see drafts and may write drafts. */
  public boolean canEdit() {
    return identity.hasRole(Roles.REPORTER) || canPublish();
  }

  /** Editors and admins publish, unpublish and approve. */
  public boolean canPublish() {
    return identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.ADMIN);
  }

  public boolean isAnonymous() {
    return identity.isAnonymous();
  }

  /** The user name, or {@code anonymous}. */
  public String name() {
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }

  /**
   * The user behind the current request, for services that also run outside one: empty for work
   * without a signed-in user (seeding, start-up jobs). The import worker runs in a request context
   * with its uploader's name and role, so an import is checked like the uploader's own writes.
   */
  public static Optional<Actor> ofRequest() {
    var container = Arc.container();
    if (container == null || !container.requestContext().isActive()) {
      return Optional.empty();
    }
    SecurityIdentity identity =
        container.instance(CurrentIdentityAssociation.class).get().getIdentity();
    if (identity == null || identity.isAnonymous()) {
      return Optional.empty();
    }
    return Optional.of(new Actor(identity.getPrincipal().getName(), roleOf(identity)));
  }

  /**
   * The most trusted of Chronotope's roles the identity holds; else whatever it holds, or {@code
   * none}.
   */
  private static String roleOf(SecurityIdentity identity) {
    List<String> roles = List.copyOf(identity.getRoles());
    return Roles.highest(roles).orElse(roles.isEmpty() ? "none" : roles.get(0));
  }

  /** A signed-in user and the role they hold. */
  public record Actor(String name, String role) {

    public boolean canPublish() {
      return Roles.EDITOR.equals(role) || Roles.ADMIN.equals(role);
    }
  }
}
