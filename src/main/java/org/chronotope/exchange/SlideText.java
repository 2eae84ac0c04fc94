package org.chronotope.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronotope.common.Text;

/**
 * The parts TimelineJS and StoryMapJS slides share: headline and text (HTML), media, background and
 * ids made from headlines. Active content in a headline or text rejects the event: it is refused
 * rather than silently altered, so that the editor sees what the file tried to do.
 */
final class SlideText {

  private final Set<String> usedIds = new HashSet<>();

  /**
   * Fills title, body and media of {@code record} from a slide's {@code text} and {@code media}.
   */
  void read(JsonNode slide, ImportRecord record, ImportDocument doc) {
    JsonNode text = slide.path("text");
    String headlineHtml = MediaReader.text(text, "headline");
    String textHtml = MediaReader.text(text, "text");
    Where textWhere = record.where.child("text");
    rejectActive(headlineHtml, textWhere, "headline", record);
    rejectActive(textHtml, textWhere, "text", record);
    String body = ImportedHtml.toBody(textHtml);

    MediaReader.Result media =
        MediaReader.read(slide.get("media"), record.where.child("media"), doc.notes);
    if (media.embeddedHtml() != null) {
      body = body.isEmpty() ? media.embeddedHtml() : body + "\n" + media.embeddedHtml();
    }
    record.bodyHtml = body;
    record.media = new ArrayList<>();
    if (media.media() != null) {
      record.media.add(media.media());
    }
    if (slide.hasNonNull("background") && !slide.get("background").isEmpty()) {
      doc.note(
          record
              .where
              .issue("background", "background ignored: Chronotope does not draw slide backgrounds")
              .because(Issue.Reason.BACKGROUND_IGNORED));
    }

    String title = ImportedHtml.toText(headlineHtml);
    if (title.isEmpty()) {
      title = fallbackTitle(body, media, record);
      doc.note(
          textWhere
              .issue("headline", "no headline; the title '" + title + "' was taken from the event")
              .because(Issue.Reason.TITLE_FROM_TEXT, title));
    }
    record.title = title;
  }

  /** The file's own id, or one made from the headline the way TimelineJS makes its own. */
  void assignId(String fileId, ImportRecord record, int index) {
    String id = Text.trimToNull(fileId);
    if (id == null) {
      record.derivedId = true;
      String slug = Text.slugify(record.title == null ? "" : record.title);
      id = slug.isEmpty() ? "event-" + (index + 1) : slug;
      if (usedIds.contains(id)) {
        id = id + "-" + (index + 1);
      }
    } else if (usedIds.contains(id)) {
      record.reject(
          record
              .where
              .issue("unique_id", "unique_id '" + id + "' is used by an earlier event of this file")
              .because(Issue.Reason.ID_REPEATED, id));
    }
    usedIds.add(id);
    record.externalId = id;
  }

  private static void rejectActive(String html, Where where, String field, ImportRecord record) {
    List<String> active = ImportedHtml.activeContent(html);
    if (!active.isEmpty()) {
      record.reject(
          where
              .issue(
                  field,
                  "contains "
                      + String.join(", ", active)
                      + "; Chronotope does not import active content — remove it from the file")
              .because(Issue.Reason.ACTIVE_CONTENT, String.join(", ", active)));
    }
  }

  private static String fallbackTitle(String body, MediaReader.Result media, ImportRecord record) {
    String text = ImportedHtml.toText(body);
    if (text.isEmpty() && media.media() != null && media.media().caption() != null) {
      text = media.media().caption();
    }
    if (text.isEmpty()) {
      return "Untitled event (" + record.where.describe() + ")";
    }
    return text.length() > 80 ? text.substring(0, 79).strip() + "…" : text;
  }
}
