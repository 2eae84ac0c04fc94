package org.chronotope.seed;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Says at start, in the log, when the database would acknowledge a write before it is on disk: H2
 * with a WRITE_DELAY (its default delays commits by 500 ms, so a crash loses the last ones) or
 * PostgreSQL with {@code fsync} or {@code synchronous_commit} off. Settings, not code, make writes
 * durable (see application.properties); this check keeps a changed JDBC URL from hiding it.
 */
@ApplicationScoped
public class DurabilityCheck {

  private static final Logger LOG = Logger.getLogger(DurabilityCheck.class);

  private final AgroalDataSource dataSource;

  public DurabilityCheck(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  void onStart(@Observes @Priority(10) StartupEvent event) {
    try {
      List<String> problems = problems();
      problems.forEach(p -> LOG.warnf("Acknowledged writes may be lost in a crash: %s", p));
    } catch (SQLException e) {
      LOG.warnf("Could not read the database's durability settings: %s", e.getMessage());
    }
  }

  /** What makes a committed write not durable in the database this app uses; empty when none. */
  public List<String> problems() throws SQLException {
    List<String> problems = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      String product = c.getMetaData().getDatabaseProductName();
      if (product.startsWith("H2")) {
        if (c.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
          return problems;
        }
        try (ResultSet r =
            s.executeQuery(
                "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
          if (r.next() && Integer.parseInt(r.getString(1).trim()) > 0) {
            problems.add(
                "H2's WRITE_DELAY is "
                    + r.getString(1).trim()
                    + " ms; add ;WRITE_DELAY=0 to the JDBC URL");
          }
        }
      } else if (product.equals("PostgreSQL")) {
        for (String setting : List.of("fsync", "synchronous_commit")) {
          try (ResultSet r = s.executeQuery("show " + setting)) {
            if (r.next() && r.getString(1).equals("off")) {
              problems.add("PostgreSQL's " + setting + " is off");
            }
          }
        }
      }
    }
    return problems;
  }
}
