package org.chronotope.editor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.chronotope.common.Text;
import org.chronotope.event.EventInput.MediaInput;
import org.chronotope.event.EventInput.SourceInput;
import org.chronotope.event.SourceKind;

/**
 * The event form's repeated rows, sources and media, for {@link EventFormReader}: a row left empty
 * is dropped, a web address must be http(s), a source's date a day.
 */
final class EventFormRows {

  private static final Pattern HTTP_URL = Pattern.compile("^https?://\\S+$");

  private EventFormRows() {}

  /**
   * The source rows filled in, in order; {@code rows} gets each one's form row, for errors the
   * service names by position.
   */
  static List<SourceInput> sources(
      EventForm f, List<Integer> rows, FormErrors errors, EditorMessages m) {
    List<SourceInput> sources = new ArrayList<>();
    for (EventForm.SourceRow row : f.sourceRows()) {
      if (Text.isBlank(row.url())
          && Text.isBlank(row.publisher())
          && Text.isBlank(row.title())
          && Text.isBlank(row.date())
          && Text.allBlank(row.kind(), row.attribution(), row.archiveUrl())) {
        continue;
      }
      String url = Text.trimToNull(row.url());
      if (url != null && !HTTP_URL.matcher(url).matches()) {
        errors.add(row.key("url"), m.err_url());
      }
      String archiveUrl = Text.trimToNull(row.archiveUrl());
      if (archiveUrl != null && !HTTP_URL.matcher(archiveUrl).matches()) {
        errors.add(row.key("archiveUrl"), m.err_url());
      }
      SourceKind kind =
          Text.isBlank(row.kind())
              ? null
              : EventFormReader.choice(SourceKind.class, row.kind(), row.key("kind"), errors, m);
      LocalDate date = null;
      if (!Text.isBlank(row.date())) {
        try {
          date = LocalDate.parse(row.date().strip());
        } catch (DateTimeParseException e) {
          errors.add(row.key("date"), m.err_source_date());
        }
      }
      rows.add(row.index());
      sources.add(
          new SourceInput(
              url,
              Text.trimToNull(row.publisher()),
              Text.trimToNull(row.title()),
              date,
              kind,
              Text.trimToNull(row.attribution()),
              archiveUrl));
    }
    return sources;
  }

  /** The media rows filled in, in order; {@code rows} gets each one's form row. */
  static List<MediaInput> media(
      EventForm f, List<Integer> rows, FormErrors errors, EditorMessages m) {
    List<MediaInput> media = new ArrayList<>();
    for (EventForm.MediaRow row : f.mediaRows()) {
      if (Text.isBlank(row.url())
          && Text.isBlank(row.caption())
          && Text.isBlank(row.credit())
          && Text.isBlank(row.alt())) {
        continue;
      }
      String url = Text.trimToNull(row.url());
      if (url == null) {
        errors.add(row.key("url"), m.err_media_url_required());
      } else if (!HTTP_URL.matcher(url).matches()) {
        errors.add(row.key("url"), m.err_url());
      }
      rows.add(row.index());
      media.add(
          new MediaInput(
              url == null ? "" : url,
              Text.trimToNull(row.caption()),
              Text.trimToNull(row.credit()),
              Text.trimToNull(row.alt()),
              null));
    }
    return media;
  }
}
