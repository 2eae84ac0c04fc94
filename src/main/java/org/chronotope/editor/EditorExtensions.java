package org.chronotope.editor;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Template extensions of the editor pages: {@code {revision.createdAt.moment}}. */
@TemplateExtension
public class EditorExtensions {

  private EditorExtensions() {}

  /** When something was saved, in the page's language, in UTC: "28 Nov 2026, 01:35 UTC". */
  static String moment(Instant instant, @TemplateAttribute("locale") Object locale) {
    if (instant == null) {
      return "";
    }
    Locale l = locale instanceof Locale loc ? loc : Locale.forLanguageTag(String.valueOf(locale));
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(l)
        .withZone(ZoneOffset.UTC).format(instant) + " UTC";
  }
}
