package org.chronotope.exchange;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads TimelineJS JSON: {@code title}, {@code events}, {@code eras}. */
final class TimelineJsReader {

  private TimelineJsReader() {}

  static ImportDocument read(JsonNode root) {
    if (!root.isObject() || !root.has("events")) {
      throw FormatGuess.mismatch(
          ImportFormat.TIMELINEJS, root, "a TimelineJS file is an object with an \"events\" array");
    }
    JsonNode events = root.get("events");
    if (!events.isArray()) {
      throw Issue.Reason.FILE_EVENTS_NOT_LIST.refuse("/events", "must be an array of events");
    }
    ImportDocument doc = new ImportDocument(ImportFormat.TIMELINEJS);
    TimelineJsMapping mapping = new TimelineJsMapping(doc);
    mapping.readTitle(root.get("title"), Where.json("/title"));
    for (int i = 0; i < events.size(); i++) {
      mapping.readEvent(events.get(i), Where.json("/events/" + i), i);
    }
    JsonNode eras = root.path("eras");
    if (eras.isArray()) {
      for (int i = 0; i < eras.size(); i++) {
        mapping.readEra(eras.get(i), Where.json("/eras/" + i));
      }
    }
    mapping.finish();
    return doc;
  }
}
