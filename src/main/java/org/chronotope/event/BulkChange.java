package org.chronotope.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.chronotope.common.Text;
import org.chronotope.common.Validation;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;

/**
 * What a bulk action does to each selected event: set its status, category or verification (any of
 * them; a null field is left as it is), or move it to the trash.
 *
 * @param setCategory whether the category is set (to {@code category}, or to none when that is
 *     null)
 */
public record BulkChange(
    EventBatch.Kind kind,
    PublicationStatus status,
    boolean setCategory,
    String category,
    Verification verification) {

  /** Moves each event to the trash. */
  public static BulkChange trash() {
    return new BulkChange(EventBatch.Kind.TRASH, null, false, null, null);
  }

  /**
   * Sets what is given (non-null; {@code setCategory} for the category, which may be set to none).
   */
  public static BulkChange set(
      PublicationStatus status, boolean setCategory, String category, Verification verification) {
    return new BulkChange(
        EventBatch.Kind.SET, status, setCategory, Text.trimToNull(category), verification);
  }

  /**
   * Reads the API's {@code set} object or {@code action} (exactly one of them); rejects into {@code
   * v}, naming the field, and returns null when they say nothing valid.
   */
  static BulkChange read(JsonNode set, String action, Validation v) {
    boolean hasSet = set != null && !set.isNull();
    if (hasSet == (action != null)) {
      v.reject(
          hasSet ? "action" : "set",
          "give either \"set\" (status, category, verification) or \"action\": \"TRASH\"");
      return null;
    }
    if (action != null) {
      if (!action.equals("TRASH")) {
        v.reject("action", "unknown action '" + action + "'; expected TRASH");
        return null;
      }
      return trash();
    }
    if (!set.isObject() || set.isEmpty()) {
      v.reject("set", "an object naming what to set: status, category or verification");
      return null;
    }
    PublicationStatus status = null;
    Verification verification = null;
    boolean setCategory = false;
    String category = null;
    boolean valid = true;
    for (Map.Entry<String, JsonNode> field : set.properties()) {
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "status" -> {
          status = choice(PublicationStatus.class, value, "set.status", v);
          valid &= status != null;
        }
        case "verification" -> {
          verification = choice(Verification.class, value, "set.verification", v);
          valid &= verification != null;
        }
        case "category" -> {
          setCategory = true;
          if (!value.isNull() && !value.isTextual()) {
            v.reject("set.category", "a category code of the story, or null for none");
            valid = false;
          } else {
            category = value.isNull() ? null : value.asText();
          }
        }
        default -> {
          v.reject(
              "set." + field.getKey(),
              "unknown field; a bulk action sets status, category or verification");
          valid = false;
        }
      }
    }
    return valid ? set(status, setCategory, category, verification) : null;
  }

  /** Rejects into {@code v} a category the story does not have. */
  void check(Story story, Validation v) {
    if (setCategory && category != null && story.category(category).isEmpty()) {
      v.reject(
          "set.category",
          "unknown category '" + category + "'; this story has: " + story.categoryCodes());
    }
  }

  /** Whether applying this change to {@code e} would change it. */
  boolean changes(Event e) {
    if (kind == EventBatch.Kind.TRASH) {
      return e.deletedAt == null;
    }
    return status != null && status != e.status
        || setCategory && !Objects.equals(category, e.category == null ? null : e.category.code)
        || verification != null && verification != e.verification;
  }

  /**
   * The event's input with this change. A verification other than CLAIMED drops the claimant, since
   * only a claim names one (the revision before keeps it, and undo brings it back).
   */
  EventInput applyTo(EventInput in) {
    Verification newVerification = verification != null ? verification : in.verification();
    String claimedBy = newVerification == Verification.CLAIMED ? in.claimedBy() : null;
    return new EventInput(
        in.title(),
        in.body(),
        in.start(),
        in.end(),
        in.displayDate(),
        in.location(),
        setCategory ? category : in.category(),
        in.tags(),
        in.sources(),
        in.media(),
        status != null ? status : in.status(),
        in.externalId(),
        in.version(),
        newVerification,
        claimedBy,
        null);
  }

  private static <E extends Enum<E>> E choice(
      Class<E> type, JsonNode value, String field, Validation v) {
    if (value.isTextual()) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(value.asText())) {
          return constant;
        }
      }
    }
    v.reject(field, "expected one of " + Arrays.toString(type.getEnumConstants()));
    return null;
  }
}
