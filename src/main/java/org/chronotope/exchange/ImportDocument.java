package org.chronotope.exchange;

import java.util.ArrayList;
import java.util.List;
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

  ImportDocument(ImportFormat format) {
    this.format = format;
  }

  void note(Issue issue) {
    notes.add(issue);
  }

  long rejectedRecords() {
    return records.stream().filter(ImportRecord::rejected).count();
  }
}
