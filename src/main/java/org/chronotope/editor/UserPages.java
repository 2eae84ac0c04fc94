package org.chronotope.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.chronotope.account.PasswordRules;
import org.chronotope.account.Roles;
import org.chronotope.account.User;
import org.chronotope.account.UserService;
import org.chronotope.common.ProblemException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Administrators manage who may sign in: add a user, change a role, set a password, remove a user.
 */
@Path(EditorPaths.HOME)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class UserPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance users(
        List<User> users,
        NewUser form,
        FormErrors errors,
        Long rowWithError,
        int minPassword,
        int maxPasswordBytes);
  }

  private final UserService users;
  private final Editor editor;
  private final EditorText text;

  public UserPages(UserService users, Editor editor, EditorText text) {
    this.users = users;
    this.editor = editor;
    this.text = text;
  }

  @GET
  @Path("users")
  public TemplateInstance list() {
    return page(new NewUser("", Roles.EDITOR), FormErrors.none(), null);
  }

  @POST
  @Path("users")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(
      @RestForm String username, @RestForm String password, @RestForm String role) {
    NewUser form = new NewUser(username == null ? "" : username, role);
    return attempt(() -> users.create(username, password, role), form, null, "created");
  }

  @POST
  @Path("users/{id}/role")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response role(@PathParam("id") long id, @RestForm String role) {
    return attempt(
        () -> users.changeRole(id, role, editor.name()),
        new NewUser("", Roles.EDITOR),
        id,
        "saved");
  }

  @POST
  @Path("users/{id}/password")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response password(@PathParam("id") long id, @RestForm String password) {
    return attempt(
        () -> users.setPassword(id, password), new NewUser("", Roles.EDITOR), id, "saved");
  }

  @POST
  @Path("users/{id}/delete")
  public Response delete(@PathParam("id") long id) {
    String name = User.<User>findByIdOptional(id).map(u -> u.username).orElse("");
    return attempt(
        () -> {
          users.delete(id, editor.name());
          return null;
        },
        new NewUser("", Roles.EDITOR),
        id,
        "removed",
        name);
  }

  private Response attempt(Supplier<User> change, NewUser form, Long row, String done) {
    return attempt(change, form, row, done, null);
  }

  private Response attempt(
      Supplier<User> change, NewUser form, Long row, String done, String removedName) {
    try {
      User user = change.get();
      return Flash.redirect(EditorPaths.USERS, done, user == null ? removedName : user.username);
    } catch (ProblemException e) {
      FormErrors errors = new FormErrors();
      e.errors().forEach(f -> errors.add(f.field(), message(e.type(), f.field())));
      return Response.status(e.status())
          .entity(page(form, errors, row))
          .type(MediaType.TEXT_HTML)
          .build();
    }
  }

  private String message(String type, String field) {
    ManageMessages m = text.manage();
    return switch (type) {
      case UserService.SELF -> m.user_not_self();
      case UserService.LAST_ADMIN -> m.user_last_admin();
      case UserService.TAKEN -> m.user_taken();
      case PasswordRules.TOO_LONG -> m.user_password_too_long(PasswordRules.MAX_BYTES);
      case PasswordRules.COMMON -> m.user_password_common();
      default ->
          switch (field) {
            case "username" -> m.user_name_rule();
            case "password" -> m.user_password_rule(PasswordRules.MIN_LENGTH);
            default -> text.get().err_choice();
          };
    };
  }

  private TemplateInstance page(NewUser form, FormErrors errors, Long row) {
    return Templates.users(
        users.list(), form, errors, row, PasswordRules.MIN_LENGTH, PasswordRules.MAX_BYTES);
  }

  /** What the "add a user" form holds. */
  public record NewUser(String username, String role) {}
}
