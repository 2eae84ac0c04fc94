package org.chronotope.revision;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.filter.FilteringGeneratorDelegate;
import com.fasterxml.jackson.core.filter.TokenFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chronotope.revision.Revision.Action;
import org.chronotope.revision.Revision.EntityType;

/**
 * Writes a revision for every change the story and event services make, in their transaction, so a
 * change and its revision are saved together or not at all. Who made it comes from the request's
 * signed-in user; work done outside a request (seeding, start-up jobs) is signed {@code system}.
 */
@ApplicationScoped
public class RevisionLog {

  public static final String SYSTEM = "system";

  /**
   * The fields a snapshot leaves out: the version, and a correction's note (kept beside the
   * revision, in Correction, not in the record's state).
   */
  private static final Set<String> LEFT_OUT = Set.of("version", "correction");

  /** Keeps every field of the snapshot but the top-level ones {@link #LEFT_OUT}. */
  private static final TokenFilter STATE_FIELDS =
      new TokenFilter() {
        @Override
        public TokenFilter includeProperty(String name) {
          return LEFT_OUT.contains(name) ? null : TokenFilter.INCLUDE_ALL;
        }
      };

  private final ObjectMapper json;
  private final Clock clock;

  public RevisionLog(ObjectMapper json, Clock clock) {
    this.json = json;
    this.clock = clock;
  }

  /**
   * Records a change of one record. {@code snapshot} is the record as the API's input (its version
   * is left out). An UPDATE that changed nothing is not recorded.
   */
  public Optional<Revision> record(
      EntityType type,
      long entityId,
      long storyId,
      long version,
      Action action,
      String title,
      Object snapshot,
      Long restoredFrom) {
    ObjectNode state = state(snapshot);
    // A record just created has no earlier revision: no query (an import creates a million).
    Optional<Revision> last =
        action == Action.CREATE ? Optional.empty() : Revision.latest(type, entityId);
    List<String> changed = last.map(r -> changedFields(read(r.snapshot), state)).orElse(List.of());
    if (action == Action.UPDATE && last.isPresent() && changed.isEmpty()) {
      return Optional.empty();
    }
    Revision revision = unsaved(type, entityId, storyId, version, action, title, state.toString());
    revision.changed = changed.isEmpty() ? null : String.join(",", changed);
    revision.restoredFrom = restoredFrom;
    revision.persist();
    return Optional.of(revision);
  }

  /**
   * The revision that creating a record writes, not yet saved: for a bulk import that inserts many
   * at once ({@code event.EventInserts}); the same snapshot, author and time as {@link #record}.
   */
  public Revision created(
      EntityType type, long entityId, long storyId, long version, String title, Object snapshot) {
    return unsaved(type, entityId, storyId, version, Action.CREATE, title, stateText(snapshot));
  }

  /** The record as a revision keeps it: the API's input without its version or correction note. */
  private ObjectNode state(Object snapshot) {
    ObjectNode state = json.valueToTree(snapshot);
    LEFT_OUT.forEach(state::remove);
    return state;
  }

  /**
   * {@link #state} as text, written straight from the record without building the tree: the same
   * JSON, for an import that creates a million revisions.
   */
  String stateText(Object snapshot) {
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator generator =
        new FilteringGeneratorDelegate(
            json.getFactory().createGenerator(out),
            STATE_FIELDS,
            TokenFilter.Inclusion.INCLUDE_ALL_AND_PATH,
            true)) {
      json.writeValue(generator, snapshot);
    } catch (IOException e) {
      throw new UncheckedIOException("a snapshot could not be written", e);
    }
    return out.toString();
  }

  private Revision unsaved(
      EntityType type,
      long entityId,
      long storyId,
      long version,
      Action action,
      String title,
      String snapshot) {
    Revision revision = new Revision();
    revision.entityType = type;
    revision.entityId = entityId;
    revision.storyId = storyId;
    revision.entityVersion = version;
    revision.action = action;
    revision.author = author();
    revision.createdAt = Instant.now(clock);
    revision.title = title.length() > 500 ? title.substring(0, 500) : title;
    revision.snapshot = snapshot;
    return revision;
  }

  /**
   * The record as it was saved at {@code version}, as the input record the services accept: the
   * base a conflict page compares both editors' versions with. Empty without a version, or when no
   * revision holds it.
   */
  public <T> Optional<T> at(EntityType type, long entityId, Long version, Class<T> input) {
    if (version == null) {
      return Optional.empty();
    }
    return Revision.<Revision>find(
            "entityType = ?1 and entityId = ?2 and entityVersion = ?3 order by id desc",
            type,
            entityId,
            version)
        .firstResultOptional()
        .map(r -> read(r, input));
  }

  /** A revision's snapshot as a tree. */
  public ObjectNode read(String snapshot) {
    try {
      return (ObjectNode) json.readTree(snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored revision is not JSON", e);
    }
  }

  /** A revision's snapshot as the input record the services accept. */
  public <T> T read(Revision revision, Class<T> type) {
    try {
      return json.treeToValue(read(revision.snapshot), type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "revision " + revision.id + " no longer reads as " + type.getSimpleName(), e);
    }
  }

  /** Top-level fields whose values differ, in the order they appear. */
  public static List<String> changedFields(JsonNode before, JsonNode after) {
    Set<String> names = new LinkedHashSet<>();
    after.fieldNames().forEachRemaining(names::add);
    before.fieldNames().forEachRemaining(names::add);
    List<String> changed = new ArrayList<>();
    for (String name : names) {
      if (!Objects.equals(normalize(before.get(name)), normalize(after.get(name)))) {
        changed.add(name);
      }
    }
    return changed;
  }

  /** Null, JSON null and empty arrays mean the same thing in a snapshot. */
  private static JsonNode normalize(JsonNode node) {
    if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
      return null;
    }
    return node;
  }

  private static String author() {
    var container = Arc.container();
    if (container == null || !container.requestContext().isActive()) {
      return SYSTEM;
    }
    SecurityIdentity identity =
        container.instance(CurrentIdentityAssociation.class).get().getIdentity();
    return identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
  }
}
