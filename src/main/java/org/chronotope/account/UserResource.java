package org.chronotope.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.chronotope.common.ProblemException;

/**
 * Users over HTTP, for administrators only: the same rules as the users page (password rules, the
 * last administrator kept, nobody demoting themselves). Passwords go in, never out.
 */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserResource {

  private final UserService users;
  private final CurrentUser current;

  public UserResource(UserService users, CurrentUser current) {
    this.users = users;
    this.current = current;
  }

  @GET
  public List<UserJson> list() {
    return users.list().stream().map(UserJson::from).toList();
  }

  @GET
  @Path("{name}")
  public UserJson get(@PathParam("name") String name) {
    return users
        .findByName(name)
        .map(UserJson::from)
        .orElseThrow(() -> ProblemException.notFound("user " + name));
  }

  @POST
  public Response create(
      @NotNull(message = "required: a user as JSON") UserInput input, UriInfo uri) {
    User user = users.create(input.username(), input.password(), UserService.roleOf(input.roles()));
    return Response.created(uri.getBaseUriBuilder().path("api/users/{name}").build(user.username))
        .entity(UserJson.from(user))
        .build();
  }

  /** Changes the roles, the password, or both; what is left out stays as it is. */
  @PUT
  @Path("{name}")
  public UserJson update(
      @PathParam("name") String name,
      @NotNull(message = "required: roles, password or both as JSON") UserInput input) {
    if (input.roles() == null && input.password() == null) {
      throw ProblemException.invalid("roles", "give roles, a password, or both");
    }
    if (input.username() != null && !input.username().equals(name)) {
      throw ProblemException.invalid(
          "username", "a user cannot be renamed; leave it out or repeat '" + name + "'");
    }
    String role = input.roles() == null ? null : UserService.roleOf(input.roles());
    return UserJson.from(users.update(name, role, input.password(), current.name()));
  }

  @DELETE
  @Path("{name}")
  public Response delete(@PathParam("name") String name) {
    User user = users.findByName(name).orElseThrow(() -> ProblemException.notFound("user " + name));
    users.delete(user.id, current.name());
    return Response.noContent().build();
  }

  /**
   * A user as clients send it: roles as a list (the most trusted one is held), a password to set.
   */
  public record UserInput(String username, String password, List<String> roles) {}

  /**
   * A user as the API shows it: never a password or its hash. {@code roles} lists what the role
   * grants.
   */
  public record UserJson(String username, String role, List<String> roles, Instant createdAt) {

    static UserJson from(User u) {
      return new UserJson(u.username, u.role, Roles.granted(u.role), u.createdAt);
    }
  }
}
