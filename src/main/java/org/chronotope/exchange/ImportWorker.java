package org.chronotope.exchange;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.chronotope.account.User;
import org.chronotope.common.ContentChanged;
import org.jboss.logging.Logger;

/**
 * This instance's import worker: one background thread runs claimed jobs one at a time, so that
 * imports never hold the request threads; a sweep picks up queued jobs (from any instance) and puts
 * back the jobs of instances that died.
 */
@ApplicationScoped
public class ImportWorker {

  private static final Logger LOG = Logger.getLogger(ImportWorker.class);

  /** Identifies this process among the instances sharing the database. */
  final String instance = "instance-" + UUID.randomUUID();

  private final ImportJobs jobs;
  private final ImportRunner runner;
  private final ImportConfig config;
  private final Clock clock;
  private final CurrentIdentityAssociation identity;
  private final Event<ContentChanged> changed;
  private final Set<Long> pending = ConcurrentHashMap.newKeySet();
  private ExecutorService executor;
  private ScheduledExecutorService sweeper;

  public ImportWorker(
      ImportJobs jobs,
      ImportRunner runner,
      ImportConfig config,
      Clock clock,
      CurrentIdentityAssociation identity,
      Event<ContentChanged> changed) {
    this.jobs = jobs;
    this.runner = runner;
    this.config = config;
    this.clock = clock;
    this.identity = identity;
    this.changed = changed;
  }

  void start(@Observes StartupEvent event) {
    executor = Executors.newSingleThreadExecutor(r -> daemon(r, "chronotope-import"));
    sweeper = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "chronotope-import-sweep"));
    long every = Math.max(1, config.sweepInterval().toMillis());
    sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    if (sweeper != null) {
      sweeper.shutdownNow();
    }
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  /** Runs the job on this instance's worker thread, if it can claim it. */
  void submit(long id) {
    if (pending.add(id)) {
      executor.submit(
          () -> {
            pending.remove(id);
            runIfClaimed(id);
          });
    }
  }

  /** Runs the job now on the calling thread, if it can claim it; false when it could not. */
  boolean runHere(long id) {
    if (!jobs.claim(id, instance)) {
      return false;
    }
    runner.run(id);
    // Written on this thread, outside any request: readers' cached pages must hear of it.
    changed.fire(new ContentChanged("import " + id));
    return true;
  }

  private void runIfClaimed(long id) {
    ManagedContext request = Arc.container().requestContext();
    request.activate();
    try {
      // The import is the uploading editor's work: revisions are signed with their name, and
      // what they may publish is checked with their role, as it is when a small import runs inline.
      String creator = jobs.creator(id);
      var builder =
          QuarkusSecurityIdentity.builder()
              .setPrincipal(new QuarkusPrincipal(creator))
              .setAnonymous(false);
      User.findByUsername(creator).ifPresent(u -> builder.addRole(u.role));
      identity.setIdentity(builder.build());
      if (runHere(id)) {
        // A job of the same story may have waited for this one.
        jobs.queued().forEach(this::submit);
      }
    } catch (RuntimeException e) {
      LOG.errorf(e, "Import worker could not run job %d", id);
    } finally {
      request.terminate();
    }
  }

  void sweep() {
    try {
      Instant now = Instant.now(clock);
      int requeued = jobs.requeueStale(now.minus(config.staleAfter()), config.maxAttempts());
      if (requeued > 0) {
        LOG.warnf(
            "%d import job(s) had stopped reporting and were queued again or failed", requeued);
      }
      jobs.queued().forEach(this::submit);
      jobs.dropPayloads(now.minus(config.keepPayload()), instance);
    } catch (RuntimeException e) {
      LOG.warn("Import sweep failed; it runs again shortly", e);
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
