package org.chronotope.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.common.FieldError;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventInput.DateInput;
import org.chronotope.story.Category;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.StoryInput;
import org.chronotope.story.StoryInput.CategoryInput;
import org.chronotope.story.StoryInput.EraInput;
import org.chronotope.story.StoryInput.MapView;

/**
 * Reads a {@link StoryForm} into the {@link StoryInput} the story service takes, with messages in
 * the editor's language; a blank address or category code is made from the title or name. The
 * service then checks it by the API's rules; its remaining errors land beside the same fields.
 */
@ApplicationScoped
public class StoryFormReader {

  private static final Pattern SLUG = Pattern.compile(StoryInput.SLUG);
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final Pattern ROW_FIELD =
      Pattern.compile("^(categories|eras)\\[(\\d+)]\\.?(\\w*).*");

  private final Validator validator;

  public StoryFormReader(Validator validator) {
    this.validator = validator;
  }

  public Result read(StoryForm f, EditorMessages m) {
    f.normalized();
    FormErrors errors = new FormErrors();
    String title = Text.trimToNull(f.title);
    if (title == null) {
      errors.add("title", m.err_required());
    } else if (title.length() > 300) {
      errors.add("title", m.err_too_long(300));
    }
    String slug =
        Text.isBlank(f.slug) ? (title == null ? null : Text.slugify(title)) : f.slug.strip();
    if (slug != null && (slug.isEmpty() || slug.length() > 120 || !SLUG.matcher(slug).matches())) {
      errors.add("slug", m.err_slug());
    }
    if (f.summary != null && f.summary.length() > 4000) {
      errors.add("summary", m.err_too_long(4000));
    }
    String language = Text.trimToNull(f.language);
    if (language == null || !LANGUAGE.matcher(language).matches()) {
      errors.add("language", m.err_language());
    }
    PublicationStatus status =
        EventFormReader.choice(PublicationStatus.class, f.status, "status", errors, m);
    MapView view = mapView(f, errors, m);
    List<Integer> categoryRows = new ArrayList<>();
    List<CategoryInput> categories = new ArrayList<>();
    for (StoryForm.CategoryRow row : f.categoryRows()) {
      if (Text.isBlank(row.code()) && Text.isBlank(row.name())) {
        continue;
      }
      String name = Text.trimToNull(row.name());
      if (name == null) {
        errors.add(row.key("name"), m.err_required());
      }
      String code =
          Text.isBlank(row.code()) ? Text.slugify(name == null ? "" : name) : row.code().strip();
      if (code.isEmpty() || code.length() > 64 || !SLUG.matcher(code).matches()) {
        errors.add(row.key("code"), m.err_slug());
      }
      String color = Text.isBlank(row.color()) ? "#6b7280" : row.color().strip();
      if (!COLOR.matcher(color).matches()) {
        errors.add(row.key("color"), m.err_color());
      }
      String icon = Text.trimToNull(row.icon());
      if (icon != null && !Category.ICONS.contains(icon)) {
        errors.add(row.key("icon"), m.err_choice());
      }
      categoryRows.add(row.index());
      categories.add(new CategoryInput(code, name == null ? "" : name, color, icon));
    }
    List<Integer> eraRows = new ArrayList<>();
    List<EraInput> eras = new ArrayList<>();
    for (StoryForm.EraRow row : f.eraRows()) {
      if (Text.isBlank(row.label()) && Text.isBlank(row.start()) && Text.isBlank(row.end())) {
        continue;
      }
      if (Text.isBlank(row.label())) {
        errors.add(row.key("label"), m.err_required());
      }
      EventDate start = date(row.start(), row.startPrecision(), row.key("start"), errors, m);
      EventDate end = date(row.end(), row.endPrecision(), row.key("end"), errors, m);
      if (start != null && end != null && end.compareTo(start) < 0) {
        errors.add(row.key("end"), m.err_end_before_start());
      }
      eraRows.add(row.index());
      eras.add(
          new EraInput(
              Text.isBlank(row.label()) ? "" : row.label().strip(),
              start == null ? null : new DateInput(start.iso(), start.precision()),
              end == null ? null : new DateInput(end.iso(), end.precision())));
    }
    if (!errors.isEmpty()) {
      return new Result(null, errors, categoryRows, eraRows);
    }
    StoryInput input =
        new StoryInput(
            slug,
            title,
            Text.trimToNull(f.summary),
            language,
            status,
            view,
            categories,
            eras,
            f.contextPlaces,
            f.version,
            // A form that showed the checkbox says yes or no; one that did not leaves the rule as
            // it is.
            f.sourcesRequiredShown == null ? null : "true".equals(f.sourcesRequired),
            f.reviewShown == null ? null : "true".equals(f.review));
    Result result = new Result(input, errors, categoryRows, eraRows);
    for (ConstraintViolation<StoryInput> v : validator.validate(input)) {
      result.reject(v.getPropertyPath().toString(), m.err_invalid(v.getMessage()));
    }
    return result;
  }

  private static MapView mapView(StoryForm f, FormErrors errors, EditorMessages m) {
    if (Text.isBlank(f.viewLat) && Text.isBlank(f.viewLon) && Text.isBlank(f.viewZoom)) {
      return null;
    }
    Double lat = number(f.viewLat, -90, 90, "viewLat", errors, m.err_lat());
    Double lon = number(f.viewLon, -180, 180, "viewLon", errors, m.err_lon());
    Double zoom = number(f.viewZoom, 0, 19, "viewZoom", errors, m.err_zoom());
    return lat == null || lon == null || zoom == null
        ? null
        : new MapView(lat, lon, zoom.intValue());
  }

  private static Double number(
      String text, double min, double max, String field, FormErrors errors, String message) {
    try {
      double value = Double.parseDouble(text == null ? "" : text.strip().replace(',', '.'));
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    errors.add(field, message);
    return null;
  }

  private static EventDate date(
      String text, String precision, String field, FormErrors errors, EditorMessages m) {
    if (Text.isBlank(text)) {
      errors.add(field, m.err_date_required());
      return null;
    }
    DatePrecision p =
        EventFormReader.choice(
            DatePrecision.class, Text.isBlank(precision) ? "DAY" : precision, field, errors, m);
    try {
      return EventDate.parse(text.strip(), p, field);
    } catch (ProblemException e) {
      errors.add(field, m.err_date());
      return null;
    }
  }

  /** What reading the form gave: the input when valid, else the errors. */
  public record Result(
      StoryInput input, FormErrors errors, List<Integer> categoryRows, List<Integer> eraRows) {

    public boolean valid() {
      return input != null && errors.isEmpty();
    }

    public void reject(ProblemException e) {
      for (FieldError error : e.errors()) {
        reject(error.field(), error.message());
      }
    }

    public void reject(String inputField, String message) {
      Matcher row = ROW_FIELD.matcher(inputField);
      if (row.matches()) {
        List<Integer> rows = row.group(1).equals("categories") ? categoryRows : eraRows;
        int i = Integer.parseInt(row.group(2));
        String field =
            row.group(3).isEmpty()
                ? (row.group(1).equals("categories") ? "code" : "label")
                : row.group(3);
        errors.add(
            row.group(1) + "[" + (i < rows.size() ? rows.get(i) : i) + "]." + field, message);
      } else if (inputField.startsWith("mapView")) {
        errors.add("viewLat", message);
      } else if (inputField.startsWith("contextPlaces")) {
        errors.add("contextPlaces", message);
      } else {
        int dot = inputField.indexOf('.');
        errors.add(dot > 0 ? inputField.substring(0, dot) : inputField, message);
      }
    }
  }
}
