package org.chronotope.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** Someone who can sign in: an editor or an admin, with a bcrypt password hash. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntityBase {

  @Id
  @GeneratedValue(generator = "app_user_seq")
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
  public Long id;

  @Username
  @Column(nullable = false, unique = true, length = 100)
  public String username;

  @Password
  @Column(name = "password_hash", nullable = false, length = 100)
  public String passwordHash;

  /** {@code editor} or {@code admin}. */
  @Roles
  @Column(nullable = false, length = 16)
  public String role;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /**
   * Raised to end every session of this user: a session cookie names the epoch it was started in,
   * and one naming an older epoch is no longer accepted (see {@link SessionMechanism}).
   */
  @Column(name = "session_epoch", nullable = false)
  public int sessionEpoch;

  /** Ends every session of this user, on every instance. */
  public void endSessions() {
    sessionEpoch++;
  }

  public static User create(String username, String password, String role, Instant now) {
    User user = new User();
    user.username = username;
    user.passwordHash = BcryptUtil.bcryptHash(password);
    user.role = role;
    user.createdAt = now;
    user.persist();
    return user;
  }

  public static Optional<User> findByUsername(String username) {
    return find("username", username).firstResultOptional();
  }
}
