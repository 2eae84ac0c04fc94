package org.chronotope.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.common.FieldError;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventInput;
import org.chronotope.event.EventInput.DateInput;
import org.chronotope.event.EventInput.LocationInput;
import org.chronotope.event.EventInput.MediaInput;
import org.chronotope.event.EventInput.SourceInput;
import org.chronotope.event.EventLimits;
import org.chronotope.event.EventWhen;
import org.chronotope.event.LocationPrecision;
import org.chronotope.event.Verification;
import org.chronotope.exchange.FreeTextDates;
import org.chronotope.place.Geometry;
import org.chronotope.story.PublicationStatus;

/**
 * Reads an {@link EventForm} into the {@link EventInput} the event service takes, with messages in
 * the editor's language for the mistakes people make (a missing title, a date the precision does
 * not match, an end before the start, a web address without http). The service then checks
 * everything again by the API's rules; its few remaining errors are put beside the same fields.
 */
@ApplicationScoped
public class EventFormReader {

  private static final Pattern ROW_FIELD =
      Pattern.compile("^(sources|media)\\[(\\d+)]\\.?(\\w*).*");

  private final ObjectMapper json;
  private final Validator validator;

  public EventFormReader(ObjectMapper json, Validator validator) {
    this.json = json;
    this.validator = validator;
  }

  /** The input, or the errors to show; rows left empty are dropped, not refused. */
  public Result read(EventForm f, EditorMessages m) {
    f.normalized();
    FormErrors errors = new FormErrors();
    String title = Text.trimToNull(f.title);
    if (title == null) {
      errors.add("title", m.err_required());
    } else if (title.length() > EventLimits.TITLE) {
      errors.add("title", m.err_too_long(EventLimits.TITLE));
    }
    datesInWords(f);
    DatePrecision startPrecision = precision(f.startPrecision, "startPrecision", errors, m);
    DatePrecision endPrecision = precision(f.endPrecision, "endPrecision", errors, m);
    // EDTF text (2025-07~, 2025-02?, 2025-07-XX, 2025-01-18/.., an end of ..) decides its own
    // precision.
    EventWhen edtf =
        FormDates.uses(f.start) || FormDates.uses(f.end)
            ? FormDates.read(f.start, f.end, errors, m)
            : null;
    boolean byEdtf = edtf != null || FormDates.uses(f.start) || FormDates.uses(f.end);
    EventDate start = byEdtf ? null : date(f.start, startPrecision, "start", true, errors, m);
    EventDate end = byEdtf ? null : date(f.end, endPrecision, "end", false, errors, m);
    if (start != null && end != null && end.compareTo(start) < 0) {
      errors.add("end", m.err_end_before_start());
    }
    if (Text.trimToNull(f.displayDate) != null
        && f.displayDate.strip().length() > EventLimits.DISPLAY_DATE) {
      errors.add("displayDate", m.err_too_long(EventLimits.DISPLAY_DATE));
    }
    LocationInput location = location(f, errors, m);
    PublicationStatus status = choice(PublicationStatus.class, f.status, "status", errors, m);
    List<String> tags = tags(f.tags, errors, m);
    if (f.body != null && f.body.length() > EventLimits.BODY) {
      errors.add("body", m.err_too_long(EventLimits.BODY));
    }
    List<Integer> sourceRows = new ArrayList<>();
    List<SourceInput> sources = EventFormRows.sources(f, sourceRows, errors, m);
    List<Integer> mediaRows = new ArrayList<>();
    List<MediaInput> media = EventFormRows.media(f, mediaRows, errors, m);
    Verification verification =
        Text.isBlank(f.verification)
            ? Verification.DEFAULT
            : choice(Verification.class, f.verification, "verification", errors, m);
    String claimedBy = Text.trimToNull(f.claimedBy);
    if (claimedBy != null && claimedBy.length() > EventLimits.CLAIMED_BY) {
      errors.add("claimedBy", m.err_too_long(EventLimits.CLAIMED_BY));
    }
    String correction = CorrectionField.read(f, errors, m);
    if (!errors.isEmpty()) {
      return new Result(null, errors, sourceRows, mediaRows);
    }
    DateInput startInput =
        edtf != null ? DateInput.start(edtf) : new DateInput(start.iso(), start.precision());
    DateInput endInput =
        edtf != null
            ? DateInput.end(edtf)
            : end == null ? null : new DateInput(end.iso(), end.precision());
    EventInput input =
        new EventInput(
            title,
            Text.trimToNull(f.body),
            startInput,
            endInput,
            Text.trimToNull(f.displayDate),
            location,
            Text.trimToNull(f.category),
            tags,
            sources,
            media,
            status,
            null,
            f.version,
            verification,
            claimedBy,
            correction);
    Result result = new Result(input, errors, sourceRows, mediaRows);
    for (ConstraintViolation<EventInput> v : validator.validate(input)) {
      result.reject(v.getPropertyPath().toString(), m.err_invalid(v.getMessage()));
    }
    return result;
  }

  /**
   * Dates typed in words ("18 janvier 2025", "February 2025", "fin juillet 2025") become the date
   * and precision they name; an approximate one ("fin …", "late …") becomes EDTF ({@code 2025-07~})
   * and, when the display date is empty, the words are kept as the display date, since they say
   * more than the date.
   */
  static void datesInWords(EventForm f) {
    Optional<FreeTextDates.Typed> start = FreeTextDates.typed(f.start);
    if (start.isPresent()) {
      FreeTextDates.Typed t = start.get();
      if (t.approximate() && Text.isBlank(f.displayDate)) {
        f.displayDate = f.start.strip();
      }
      f.start = t.start().iso() + (t.approximate() ? "~" : "");
      f.startPrecision = t.start().precision().name();
      if (t.end() != null && Text.isBlank(f.end)) {
        f.end = t.end().iso();
        f.endPrecision = t.end().precision().name();
      }
    }
    Optional<FreeTextDates.Typed> end = FreeTextDates.typed(f.end);
    if (end.isPresent()) {
      FreeTextDates.Typed t = end.get();
      EventDate last = t.end() != null ? t.end() : t.start();
      f.end = last.iso() + (t.approximate() ? "~" : "");
      f.endPrecision = last.precision().name();
    }
  }

  private static DatePrecision precision(
      String value, String field, FormErrors errors, EditorMessages m) {
    DatePrecision p = choice(DatePrecision.class, value, field, errors, m);
    return p == null ? DatePrecision.DAY : p;
  }

  private static EventDate date(
      String value,
      DatePrecision precision,
      String field,
      boolean required,
      FormErrors errors,
      EditorMessages m) {
    String text = Text.trimToNull(value);
    if (text == null) {
      if (required) {
        errors.add(field, m.err_date_required());
      }
      return null;
    }
    try {
      return EventDate.parse(text, precision, field);
    } catch (ProblemException e) {
      try {
        EventDate.parse(text, null, field);
        errors.add(field, m.err_date_precision(m.precision(precision.name())));
      } catch (ProblemException notADate) {
        errors.add(field, m.err_date());
      }
      return null;
    }
  }

  private LocationInput location(EventForm f, FormErrors errors, EditorMessages m) {
    String place = Text.trimToNull(f.place);
    JsonNode geometry = null;
    String geoJson = Text.trimToNull(f.geometry);
    if (geoJson != null) {
      try {
        geometry = json.readTree(geoJson);
        Geometry.parse(geometry, "geometry");
      } catch (JsonProcessingException | ProblemException e) {
        errors.add("geometry", m.err_geometry());
        geometry = null;
      }
    }
    LocationPrecision precision =
        Text.isBlank(f.locationPrecision)
            ? null
            : choice(LocationPrecision.class, f.locationPrecision, "locationPrecision", errors, m);
    Integer radiusM = LocationFormFields.radiusM(f.radiusM, errors, m);
    Integer protectKm = LocationFormFields.protectKm(f.protectKm, errors, m);
    if (place == null && geometry == null) {
      return radiusM == null && protectKm == null
          ? null
          : new LocationInput(null, null, null, radiusM, protectKm);
    }
    return new LocationInput(place, geometry, precision, radiusM, protectKm);
  }

  private static List<String> tags(String text, FormErrors errors, EditorMessages m) {
    if (Text.isBlank(text)) {
      return List.of();
    }
    List<String> tags =
        new ArrayList<>(
            new LinkedHashSet<>(
                Arrays.stream(text.split(","))
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .toList()));
    if (tags.size() > EventLimits.ITEMS) {
      errors.add("tags", m.err_tags_count(EventLimits.ITEMS));
    } else if (tags.stream().anyMatch(t -> t.length() > EventLimits.TAG)) {
      errors.add("tags", m.err_tag_long(EventLimits.TAG));
    }
    return tags;
  }

  static <E extends Enum<E>> E choice(
      Class<E> type, String value, String field, FormErrors errors, EditorMessages m) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.strip());
    } catch (IllegalArgumentException e) {
      errors.add(field, m.err_choice());
      return null;
    }
  }

  /**
   * What reading the form gave: the input when it is valid, else the errors. Rows are mapped back
   * from the input's positions (empty rows dropped) to the form's.
   */
  public record Result(
      EventInput input, FormErrors errors, List<Integer> sourceRows, List<Integer> mediaRows) {

    public boolean valid() {
      return input != null && errors.isEmpty();
    }

    /**
     * Puts an error the service (or Bean Validation) named by its input field beside the form
     * field.
     */
    public void reject(String inputField, String message) {
      errors.add(formField(inputField), message);
    }

    public void reject(ProblemException e) {
      for (FieldError error : e.errors()) {
        reject(error.field(), error.message());
      }
    }

    /**
     * As {@link #reject(ProblemException)}, saying the rules of sources and verification in the
     * editor's language.
     */
    public void reject(ProblemException e, EditorMessages m) {
      for (FieldError error : e.errors()) {
        String message =
            switch (error.field()) {
              case "sources" -> m.err_sources_required();
              case "claimedBy" -> m.err_claimed_by_only_claim();
              default -> error.message();
            };
        reject(error.field(), message);
      }
    }

    String formField(String inputField) {
      if (inputField.startsWith("location.place")) {
        return "place";
      }
      if (inputField.startsWith("location.geometry")) {
        return "geometry";
      }
      if (inputField.startsWith("location.radiusM")
          || inputField.startsWith("location.protectKm")) {
        return inputField.substring("location.".length());
      }
      if (inputField.startsWith("location")) {
        return "locationPrecision";
      }
      if (inputField.startsWith("tags")) {
        return "tags";
      }
      Matcher row = ROW_FIELD.matcher(inputField);
      if (row.matches()) {
        List<Integer> rows = row.group(1).equals("sources") ? sourceRows : mediaRows;
        int i = Integer.parseInt(row.group(2));
        int formRow = i < rows.size() ? rows.get(i) : i;
        String field =
            row.group(3).isEmpty() ? "url" : row.group(3).equals("altText") ? "alt" : row.group(3);
        return row.group(1) + "[" + formRow + "]." + field;
      }
      int dot = inputField.indexOf('.');
      return dot > 0 ? inputField.substring(0, dot) : inputField;
    }
  }
}
