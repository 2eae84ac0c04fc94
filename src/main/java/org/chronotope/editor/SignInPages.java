package org.chronotope.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;
import org.chronotope.account.KnownDevices;
import org.chronotope.account.LoginThrottle;
import org.chronotope.account.Roles;
import org.chronotope.account.SessionCookie;
import org.chronotope.account.UserService;
import org.chronotope.common.Text;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Signing in and out of the editor. The password is checked here (through the same identity
 * provider and throttle as HTTP Basic), so the form can say what went wrong, keep the user name,
 * carry a CSRF token, and bring the editor back to the page they asked for.
 */
@Path(EditorPaths.HOME)
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance signIn(
        String username, String next, FormErrors errors, String notice);
  }

  private final IdentityProviderManager identities;
  private final LoginThrottle throttle;
  private final SessionCookie session;
  private final Editor editor;
  private final EditorText text;
  private final UserService users;
  private final KnownDevices devices;

  public SignInPages(
      IdentityProviderManager identities,
      LoginThrottle throttle,
      SessionCookie session,
      Editor editor,
      EditorText text,
      UserService users,
      KnownDevices devices) {
    this.users = users;
    this.devices = devices;
    this.identities = identities;
    this.throttle = throttle;
    this.session = session;
    this.editor = editor;
    this.text = text;
  }

  @GET
  @Path("login")
  @PermitAll
  public Response form(@RestQuery String next, @RestQuery boolean out) {
    if (editor.signedIn() && !out) {
      return Response.seeOther(URI.create(safeNext(next))).build();
    }
    return Response.ok(
            Templates.signIn(
                "", safeNext(next), FormErrors.none(), out ? text.get().signed_out() : null))
        .build();
  }

  @POST
  @Path("login")
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signIn(
      @RestForm String username,
      @RestForm String password,
      @RestForm String next,
      RoutingContext routing) {
    String name = Text.trimToNull(username);
    String target = safeNext(next);
    FormErrors errors = new FormErrors();
    if (name == null) {
      errors.add("username", text.get().signin_username_required());
    }
    if (password == null || password.isEmpty()) {
      errors.add("password", text.get().signin_password_required());
    }
    if (!errors.isEmpty()) {
      return page(400, name, target, errors);
    }
    String address =
        routing.request().remoteAddress() == null ? null : routing.request().remoteAddress().host();
    Optional<Duration> wait = throttle.waitBefore(name, address, devices.isKnown(routing, name));
    if (wait.isPresent()) {
      long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
      return page(429, name, target, errors.add("password", text.get().signin_throttled(seconds)));
    }
    UsernamePasswordAuthenticationRequest request =
        new UsernamePasswordAuthenticationRequest(
            name, new PasswordCredential(password.toCharArray()));
    HttpSecurityUtils.setRoutingContextAttribute(request, routing);
    SecurityIdentity identity;
    try {
      identity = identities.authenticateBlocking(request);
    } catch (AuthenticationFailedException e) {
      return page(401, name, target, errors.add("password", text.get().signin_failed()));
    }
    if (!identity.hasRole(Roles.REPORTER)
        && !identity.hasRole(Roles.EDITOR)
        && !identity.hasRole(Roles.ADMIN)) {
      return page(403, name, target, errors.add("username", text.get().signin_not_editor()));
    }
    session.start(identity, routing);
    devices.remember(routing, identity.getPrincipal().getName());
    return Response.seeOther(URI.create(target)).build();
  }

  @POST
  @Path("logout")
  @PermitAll
  public Response signOut(RoutingContext routing) {
    if (editor.signedIn()) {
      // Every session of this user ends, on every instance, not only this browser's cookie.
      users.endSessions(editor.name());
    }
    session.end(routing);
    return Response.seeOther(URI.create("/editor/login?out=true")).build();
  }

  private Response page(int status, String username, String next, FormErrors errors) {
    return Response.status(status)
        .entity(Templates.signIn(username == null ? "" : username, next, errors, null))
        .type(MediaType.TEXT_HTML)
        .build();
  }

  /** Only a page of the editor may be where sign-in leads, never another site. */
  static String safeNext(String next) {
    if (next == null
        || !(next.equals("/editor") || next.startsWith("/editor/") || next.startsWith("/editor?"))
        || next.contains("//")
        || next.contains("\\")
        || next.startsWith("/editor/login")
        || next.startsWith("/editor/logout")) {
      return "/editor";
    }
    try {
      // A redirect target must be a valid URI reference: '"', '<' or a space would throw later.
      new URI(next);
    } catch (URISyntaxException unparseable) {
      return "/editor";
    }
    return next;
  }
}
