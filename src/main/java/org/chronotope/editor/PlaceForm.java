package org.chronotope.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.chronotope.common.PlainText;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.place.Geometry;
import org.chronotope.place.Place;
import org.chronotope.place.PlaceKind;
import org.chronotope.story.StoryInput;
import org.jboss.resteasy.reactive.RestForm;

/** The gazetteer form as typed: a place's names, kind, country and shape (drawn on the map). */
public class PlaceForm {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Languages whose names the form asks for; the default name is the place's own. */
  static final String[] LANGUAGES = {"fr", "en", "ar"};

  @RestForm public String slug;
  @RestForm public String name;
  @RestForm public String nameFr;
  @RestForm public String nameEn;
  @RestForm public String nameAr;
  @RestForm public String kind;
  @RestForm public String countryCode;
  @RestForm public String geometry;
  @RestForm public String source;
  @RestForm public Long version;

  public static PlaceForm blank() {
    PlaceForm f = new PlaceForm();
    f.kind = PlaceKind.CITY.name();
    return f;
  }

  public static PlaceForm of(Place p) {
    PlaceForm f = new PlaceForm();
    f.slug = p.slug;
    f.name = p.name;
    f.nameFr = p.names.get("fr");
    f.nameEn = p.names.get("en");
    f.nameAr = p.names.get("ar");
    f.kind = p.kind.name();
    f.countryCode = p.countryCode;
    f.geometry = p.geometry().toJson();
    f.source = p.source;
    f.version = p.version;
    return f;
  }

  /** The checked values, or the errors in the editor's language. */
  Checked check(EditorMessages m, boolean isNew) {
    FormErrors errors = new FormErrors();
    String cleanSlug = Text.isBlank(slug) ? Text.slugify(name == null ? "" : name) : slug.strip();
    if (isNew
        && (cleanSlug.isEmpty()
            || cleanSlug.length() > 120
            || !cleanSlug.matches(StoryInput.SLUG))) {
      errors.add("slug", m.err_slug());
    }
    String cleanName = Text.trimToNull(name);
    if (cleanName == null) {
      errors.add("name", m.err_required());
    } else if (cleanName.length() > 300) {
      errors.add("name", m.err_too_long(300));
    }
    Map<String, String> names = new LinkedHashMap<>();
    String[] values = {nameFr, nameEn, nameAr};
    for (int i = 0; i < LANGUAGES.length; i++) {
      String value = Text.trimToNull(values[i]);
      if (value != null && value.length() > 300) {
        errors.add(
            "name"
                + LANGUAGES[i].substring(0, 1).toUpperCase(Locale.ROOT)
                + LANGUAGES[i].substring(1),
            m.err_too_long(300));
      } else if (value != null) {
        names.put(LANGUAGES[i], value);
      }
    }
    PlaceKind cleanKind = EventFormReader.choice(PlaceKind.class, kind, "kind", errors, m);
    String country =
        Text.isBlank(countryCode) ? null : countryCode.strip().toUpperCase(Locale.ROOT);
    if (country != null && !country.matches("[A-Z]{2}")) {
      errors.add("countryCode", m.err_country());
    }
    Geometry shape = null;
    if (Text.isBlank(geometry)) {
      errors.add("geometry", m.err_place_geometry());
    } else {
      try {
        shape = Geometry.parse(JSON.readTree(geometry), "geometry");
      } catch (ProblemException | JsonProcessingException e) {
        errors.add("geometry", m.err_geometry());
      }
    }
    String cleanSource = Text.trimToNull(source);
    if (cleanSource != null && cleanSource.length() > 2000) {
      errors.add("source", m.err_too_long(2000));
    }
    String[] texts = {name, nameFr, nameEn, nameAr, source};
    String[] fields = {"name", "nameFr", "nameEn", "nameAr", "source"};
    for (int i = 0; i < texts.length; i++) {
      String problem = PlainText.Validator.problem(texts[i]);
      if (problem != null) {
        errors.add(fields[i], m.err_invalid(problem));
      }
    }
    return new Checked(cleanSlug, cleanName, names, cleanKind, country, shape, cleanSource, errors);
  }

  /** The form's values once checked. */
  record Checked(
      String slug,
      String name,
      Map<String, String> names,
      PlaceKind kind,
      String countryCode,
      Geometry geometry,
      String source,
      FormErrors errors) {}
}
