package org.chronotope.editor;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.chronotope.event.Event;
import org.chronotope.place.Geometry;
import org.chronotope.place.Place;
import org.chronotope.web.DateFormats;

/** Template extensions of the editor pages: {@code {revision.createdAt.moment}}. */
@TemplateExtension
public class EditorExtensions {

  private EditorExtensions() {}

  /**
   * When an event happened, start to end, at its precision, with its EDTF qualifiers, in the page's
   * language.
   */
  static String period(Event event, @TemplateAttribute("locale") Object locale) {
    return DateFormats.when(event.when(), toLocale(locale));
  }

  /** An event's representative point, to two decimals: "14.03, -0.03". */
  static String coordinates(Event event) {
    return event.lat == null ? "" : String.format(Locale.ROOT, "%.2f, %.2f", event.lat, event.lon);
  }

  /**
   * An event's own shape as a list of events describes it; empty when it has none (or uses a
   * place's).
   */
  static Optional<OwnShape> ownShape(Event event) {
    return event.hasOwnGeometry()
        ? event.geometry().map(g -> OwnShape.of(g, coordinates(event)))
        : Optional.empty();
  }

  /**
   * When something was saved, in the page's language, in UTC: "28 Nov 2026, 01:35 UTC". ICU's
   * patterns, not the JDK's: Java 17's put a Latin comma between an Arabic date and its time.
   */
  static String moment(Instant instant, @TemplateAttribute("locale") Object locale) {
    if (instant == null) {
      return "";
    }
    DateFormat format =
        DateFormat.getDateTimeInstance(
            DateFormat.MEDIUM, DateFormat.SHORT, ULocale.forLocale(toLocale(locale)));
    format.setTimeZone(TimeZone.GMT_ZONE);
    return format.format(Date.from(instant)) + " UTC";
  }

  private static Locale toLocale(Object locale) {
    return locale instanceof Locale l
        ? l
        : Locale.forLanguageTag(locale == null ? "en" : String.valueOf(locale));
  }

  /**
   * An event's own shape, readable in a list: its kind ("line", "area", "point"), how many points,
   * and the nearest place of the gazetteer, if one lies within about 100 km.
   */
  public record OwnShape(String kind, int points, String coordinates, Optional<Place> near) {

    static final double NEAR_DEGREES = 1.0;

    static OwnShape of(Geometry g, String coordinates) {
      String kind =
          switch (g.type()) {
            case Point -> "point";
            case LineString -> "line";
            case Polygon -> "area";
          };
      return new OwnShape(
          kind, g.vertexCount(), coordinates, Place.nearest(g.lat(), g.lon(), NEAR_DEGREES));
    }
  }
}
