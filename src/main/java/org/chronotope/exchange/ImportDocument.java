package org.chronotope.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chronotope.event.EventDate;

/** A whole imported file, read: its events, the story-level parts, and what the reader noticed. */
final class ImportDocument {

  /** A named period the file defines, such as a TimelineJS era. */
  record EraDraft(Where where, String label, EventDate start, EventDate end) {}

  final ImportFormat format;

  /** The file's own title (TimelineJS title slide, StoryMapJS overview), as plain text. */
  String title;

  /** Its introduction, as plain text. */
  String summary;

  final List<EraDraft> eras = new ArrayList<>();
  final List<ImportRecord> records = new ArrayList<>();

  /** Problems outside any one event (an era without an end, …); each makes the import fail. */
  final List<Issue> rejections = new ArrayList<>();

  /** The guided tour the file tells (StoryMapJS), or null. */
  TourDraft tour;

  /** What was dropped or changed on the way in, and why. */
  final List<Issue> notes = new ArrayList<>();

  /**
   * A few of the file's own date texts that could not be read as dates, as examples for the editor.
   */
  final Set<String> unreadDates = new LinkedHashSet<>();

  ImportDocument(ImportFormat format) {
    this.format = format;
  }

  void note(Issue issue) {
    notes.add(issue);
  }

  /**
   * Keeps {@code text} as an example of the file's unreadable dates (the first few different ones).
   */
  void unreadDate(String text) {
    if (text != null && !text.isBlank() && unreadDates.size() < 3) {
      unreadDates.add(text.length() > 40 ? text.substring(0, 39) + "…" : text);
    }
  }

  long rejectedRecords() {
    return records.stream().filter(ImportRecord::rejected).count();
  }
}
