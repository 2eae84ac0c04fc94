package org.chronotope.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.hibernate.Session;

/**
 * Serializes the first-start work (the first administrator, the gazetteer and the first story)
 * across instances that start at the same moment on one empty PostgreSQL database: each takes a
 * transaction-scoped advisory lock before looking whether the work is done, so exactly one does it.
 * H2 needs none: its file database is open to one process only.
 */
@ApplicationScoped
public class StartupLock {

  /** Any number the app uses for nothing else; the same on every instance. */
  static final long KEY = 0x6368726f6e6fL;

  private final EntityManager em;

  public StartupLock(EntityManager em) {
    this.em = em;
  }

  /**
   * Waits until no other instance holds the lock, and holds it until the calling transaction ends.
   */
  public void acquire() {
    boolean postgres =
        em.unwrap(Session.class)
            .doReturningWork(c -> c.getMetaData().getDatabaseProductName())
            .toLowerCase(Locale.ROOT)
            .contains("postgres");
    if (postgres) {
      em.createNativeQuery("select pg_advisory_xact_lock(" + KEY + ")").getSingleResult();
    }
  }
}
