package org.chronotope.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;

/**
 * Who may sign in: administrators add reporters, editors and administrators, change their role, set
 * a new password, and remove them. The last administrator can neither be removed nor demoted, and
 * nobody removes or demotes themselves, so the newsroom never locks itself out.
 */
@ApplicationScoped
public class UserService {

  /** Problem types of the refusals, so that pages can word them in the editor's language. */
  public static final String SELF = "urn:chronotope:problem:own-account";

  public static final String LAST_ADMIN = "urn:chronotope:problem:last-admin";
  public static final String TAKEN = "urn:chronotope:problem:username-taken";
  static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");

  private final Clock clock;

  public UserService(Clock clock) {
    this.clock = clock;
  }

  public List<User> list() {
    return User.list("order by username");
  }

  @Transactional
  public User create(String username, String password, String role) {
    String name = Text.trimToNull(username);
    if (name == null || !USERNAME.matcher(name).matches()) {
      throw ProblemException.invalid(
          "username", "3 to 100 letters, digits, dots, dashes, underscores or @");
    }
    PasswordRules.check("password", password);
    checkRole(role);
    if (User.find("lower(username) = ?1", name.toLowerCase()).count() > 0) {
      throw refusal(TAKEN, "username", "a user named '" + name + "' already exists");
    }
    return User.create(name, password, role, Instant.now(clock));
  }

  @Transactional
  public User changeRole(long id, String role, String actingUser) {
    checkRole(role);
    return changeRole(find(id), role, actingUser, "role");
  }

  private static User changeRole(User user, String role, String actingUser, String field) {
    if (!role.equals(user.role) && Roles.ADMIN.equals(user.role)) {
      refuseSelf(user, actingUser, field);
      refuseLastAdmin(field);
    }
    user.role = role;
    return user;
  }

  @Transactional
  public User setPassword(long id, String password) {
    PasswordRules.check("password", password);
    User user = find(id);
    user.passwordHash = BcryptUtil.bcryptHash(password);
    // Whoever knew the old password is signed out, wherever they were.
    user.endSessions();
    return user;
  }

  /** Ends every session of {@code username} on every instance (sign-out). */
  @Transactional
  public void endSessions(String username) {
    User.findByUsername(username).ifPresent(User::endSessions);
  }

  @Transactional
  public void delete(long id, String actingUser) {
    User user = find(id);
    refuseSelf(user, actingUser, "user");
    if (Roles.ADMIN.equals(user.role)) {
      refuseLastAdmin("user");
    }
    user.delete();
  }

  public Optional<User> findByName(String username) {
    return User.findByUsername(username);
  }

  /**
   * The role a list of roles gives (the most trusted), each entry checked and named by its index.
   */
  public static String roleOf(List<String> roles) {
    if (roles == null || roles.isEmpty()) {
      throw ProblemException.invalid(
          "roles", "required: a list of one or more of " + String.join(", ", Roles.ALL));
    }
    for (int i = 0; i < roles.size(); i++) {
      if (roles.get(i) == null || !Roles.ALL.contains(roles.get(i))) {
        throw ProblemException.invalid(
            "roles[" + i + "]",
            "unknown role '" + roles.get(i) + "'; one of " + String.join(", ", Roles.ALL));
      }
    }
    return Roles.highest(roles).orElseThrow();
  }

  /**
   * Changes a user's role and, if given, password, in one transaction: the password is checked
   * before anything is written.
   */
  @Transactional
  public User update(String username, String role, String password, String actingUser) {
    User user =
        User.findByUsername(username)
            .orElseThrow(() -> ProblemException.notFound("user " + username));
    if (password != null) {
      PasswordRules.check("password", password);
    }
    if (role != null) {
      checkRole(role);
      changeRole(user, role, actingUser, "roles");
    }
    return password == null ? user : setPassword(user.id, password);
  }

  private static User find(long id) {
    return User.<User>findByIdOptional(id)
        .orElseThrow(() -> ProblemException.notFound("user " + id));
  }

  private static void checkRole(String role) {
    if (role == null || !Roles.ALL.contains(role)) {
      throw ProblemException.invalid("role", "reporter, editor or admin");
    }
  }

  private static void refuseSelf(User user, String actingUser, String field) {
    if (user.username.equals(actingUser)) {
      throw refusal(SELF, field, "you cannot remove or demote yourself; ask another administrator");
    }
  }

  private static void refuseLastAdmin(String field) {
    if (User.count("role", Roles.ADMIN) <= 1) {
      throw refusal(LAST_ADMIN, field, "the last administrator cannot be removed or demoted");
    }
  }

  private static ProblemException refusal(String type, String field, String message) {
    return ProblemException.conflict(field, message).withType(type);
  }
}
