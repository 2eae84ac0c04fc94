package org.chronotope.live;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The readers listening to stories on this instance ({@code GET /api/stories/{slug}/live}) and what
 * each has heard. One thread of its own does all the work (reading {@link LiveLog}, sending), so
 * the event loop never waits and a story's changes go out in order. It learns of a change from a
 * commit here ({@link LiveChanges}) or from another instance (through {@code web.ReaderCacheSync}'s
 * notifications on PostgreSQL) and, in case a notification was lost, asks the log again at every
 * heartbeat.
 */
@ApplicationScoped
public class LiveHub {

  private static final Logger LOG = Logger.getLogger(LiveHub.class);

  /**
   * The most changes a reconnecting reader is sent; beyond, the page is told to reload its views.
   */
  static final int MAX_REPLAY = 500;

  private final LiveLog log;
  private final Duration beat;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "chronotope-live");
            t.setDaemon(true);
            return t;
          });
  // Touched on the live thread only.
  private final Map<Long, Set<Listener>> listeners = new HashMap<>();
  private final Map<Long, Long> heard = new HashMap<>();
  private final Set<Listener> all = ConcurrentHashMap.newKeySet();
  private final AtomicInteger open = new AtomicInteger();
  private volatile LongConsumer others = storyId -> {};
  private volatile Runnable first = () -> {};

  public LiveHub(
      LiveLog log,
      @ConfigProperty(name = "chronotope.live.heartbeat", defaultValue = "PT20S") Duration beat) {
    this.log = log;
    this.beat = beat;
  }

  void start(@Observes StartupEvent event) {
    thread.scheduleWithFixedDelay(
        () -> safely(this::beat), beat.toMillis(), beat.toMillis(), TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    thread.shutdownNow();
    all.forEach(l -> l.emitter.complete());
  }

  /**
   * A reader listens to a story: it is sent what it missed after {@code lastHeard} (a reconnecting
   * reader's Last-Event-ID), then {@code ready}, then every change as it is committed. The stream
   * joins the hub when the server subscribes to it, once the response has begun; a reader too slow
   * to take what is sent overflows its buffer, and its stream ends (it reconnects and resumes).
   */
  public Multi<OutboundSseEvent> listen(long storyId, Long lastHeard, Sse sse) {
    return Multi.createFrom()
        .emitter(
            emitter -> {
              Listener listener = new Listener(storyId, emitter, sse, lastHeard);
              emitter.onTermination(() -> thread.execute(() -> forget(listener)));
              thread.execute(() -> safely(() -> add(listener, lastHeard)));
            });
  }

  /** A story changed here: its listeners here and on the other instances hear of it. */
  public void changed(long storyId) {
    changedElsewhere(storyId);
    others.accept(storyId);
  }

  /** Another instance changed a story: its listeners here hear of it. */
  public void changedElsewhere(long storyId) {
    // A reader who hears of a change reads again at once: nothing older may answer it then.
    first.run();
    thread.execute(() -> safely(() -> deliver(storyId)));
  }

  /** What must be done before listeners hear of a change (the reader cache drops its copies). */
  public void beforeTellingWith(Runnable first) {
    this.first = first;
  }

  /**
   * Notifications may have been missed (a listening connection was down): every story asks its log.
   */
  public void catchUp() {
    thread.execute(() -> safely(() -> List.copyOf(listeners.keySet()).forEach(this::deliver)));
  }

  /** Who to tell of this instance's changes (the PostgreSQL notifier, where there is one). */
  public void tellOthersWith(LongConsumer others) {
    this.others = others;
  }

  /** How many streams are open on this instance. */
  public int listening() {
    return open.get();
  }

  private void add(Listener listener, Long lastHeard) {
    long storyId = listener.storyId;
    if (listener.emitter.isCancelled()) {
      return;
    }
    if (listeners.containsKey(storyId)) {
      deliver(storyId); // what another instance committed may not have been announced yet
    } else {
      heard.put(storyId, log.last(storyId));
    }
    long last = heard.get(storyId);
    listener.heard = lastHeard == null ? last : lastHeard;
    if (lastHeard != null && (lastHeard > last || last - lastHeard > MAX_REPLAY)) {
      // A number from another database, or more missed than is worth replaying: start again.
      listener.reset(last);
    } else {
      for (LiveChange change : log.after(storyId, listener.heard, MAX_REPLAY)) {
        if (change.seq() <= last) {
          listener.send(change);
        }
      }
    }
    listener.ready(last);
    listeners.computeIfAbsent(storyId, k -> new LinkedHashSet<>()).add(listener);
    all.add(listener);
    open.incrementAndGet();
  }

  private void deliver(long storyId) {
    Set<Listener> story = listeners.get(storyId);
    if (story == null) {
      return;
    }
    List<LiveChange> changes = log.after(storyId, heard.get(storyId), MAX_REPLAY + 1);
    if (changes.isEmpty()) {
      return;
    }
    if (changes.size() > MAX_REPLAY) {
      long last = log.last(storyId);
      heard.put(storyId, last);
      story.forEach(l -> l.reset(last));
      return;
    }
    for (Listener l : story) {
      changes.forEach(l::send);
    }
    heard.put(storyId, changes.get(changes.size() - 1).seq());
  }

  private void forget(Listener listener) {
    if (!all.remove(listener)) {
      return;
    }
    open.decrementAndGet();
    Set<Listener> story = listeners.get(listener.storyId);
    if (story != null && story.remove(listener) && story.isEmpty()) {
      listeners.remove(listener.storyId);
      heard.remove(listener.storyId);
    }
  }

  /**
   * Every beat: streams closed meanwhile are forgotten, the others get a comment (proxies close
   * silent ones).
   */
  private void beat() {
    for (Listener l : new ArrayList<>(all)) {
      if (l.emitter.isCancelled()) {
        forget(l);
      } else {
        l.emit(l.sse.newEventBuilder().comment("beat").build());
      }
    }
    List.copyOf(listeners.keySet()).forEach(this::deliver);
  }

  private static void safely(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.warnf(e, "Live stories: %s", e.getMessage());
    }
  }

  /** One open stream and the number of the last change it was sent. */
  private final class Listener {
    final long storyId;
    final MultiEmitter<? super OutboundSseEvent> emitter;
    final Sse sse;
    long heard;

    Listener(long storyId, MultiEmitter<? super OutboundSseEvent> emitter, Sse sse, Long heard) {
      this.storyId = storyId;
      this.emitter = emitter;
      this.sse = sse;
      this.heard = heard == null ? 0 : heard;
    }

    void send(LiveChange change) {
      if (change.seq() <= heard) {
        return;
      }
      heard = change.seq();
      emit(
          sse.newEventBuilder()
              .id(Long.toString(change.seq()))
              .name(change.kind().wire())
              .data(
                  "{\"event\":" + change.eventId() + ",\"kind\":\"" + change.kind().wire() + "\"}")
              .build());
    }

    void ready(long last) {
      emit(
          sse.newEventBuilder()
              .id(Long.toString(heard))
              .name("ready")
              .data("{\"last\":" + last + "}")
              .build());
    }

    void reset(long last) {
      heard = last;
      emit(
          sse.newEventBuilder()
              .id(Long.toString(last))
              .name("reset")
              .data("{\"last\":" + last + "}")
              .build());
    }

    void emit(OutboundSseEvent event) {
      if (!emitter.isCancelled()) {
        emitter.emit(event);
      }
    }
  }
}
