package org.chronotope.correction;

import java.util.Map;
import org.chronotope.support.Api;

/** Events saved again over the API by the test editor: read, some fields changed, put back. */
final class EventEdits {

  private EventEdits() {}

  /** A published event of the story, on 3 August 2025. */
  static long create(String slug, String title) {
    return Api.createEvent(slug, Api.event(title, "2025-08-03", -3.0, 14.0));
  }

  /** Reads the event, sets {@code changes} on it and saves it (200). */
  static void change(long id, Map<String, Object> changes) {
    Map<String, Object> edit = Api.readEvent(id);
    edit.putAll(changes);
    Api.saveEvent(id, edit, 200);
  }
}
