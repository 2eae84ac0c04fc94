package org.chronotope.editor;

import static org.chronotope.editor.FormRows.nz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.chronotope.common.Text;
import org.chronotope.common.Validation;
import org.chronotope.story.PublicationStatus;
import org.chronotope.tour.TourInput;
import org.chronotope.tour.TourInput.MediaInput;
import org.chronotope.tour.TourInput.StepInput;
import org.chronotope.tour.TourJson;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The tour builder's form as the browser sends it: title, status, version and the steps as parallel
 * lists, one entry per step in the order shown, so that a form with errors is shown again as typed.
 * {@code action} is the button pressed: save, add-event, add-view, or up/down/remove with a step's
 * index ({@code up:2}).
 */
public class TourForm {

  @RestForm public String title;
  @RestForm public String status;
  @RestForm public Long version;
  @RestForm public String action;

  /** The event chosen to add as a step, and the builder map's view to add as one. */
  @RestForm public String addEvent;

  @RestForm public String viewLat;
  @RestForm public String viewLon;
  @RestForm public String viewZoom;
  @RestForm public List<String> stepEvent;
  @RestForm public List<String> stepText;
  @RestForm public List<String> stepLat;
  @RestForm public List<String> stepLon;
  @RestForm public List<String> stepZoom;
  @RestForm public List<String> stepFrom;
  @RestForm public List<String> stepTo;
  @RestForm public List<String> stepMediaUrl;
  @RestForm public List<String> stepMediaCaption;
  @RestForm public List<String> stepMediaCredit;
  @RestForm public List<String> stepMediaAlt;

  /** One step as its fields are shown. */
  public record Row(
      String event,
      String eventTitle,
      String text,
      String lat,
      String lon,
      String zoom,
      String from,
      String to,
      String mediaUrl,
      String mediaCaption,
      String mediaCredit,
      String mediaAlt) {

    static Row blank(String event, String lat, String lon, String zoom) {
      return new Row(event, null, "", lat, lon, zoom, "", "", "", "", "", "");
    }
  }

  /** The form of a stored tour (as editors see it). */
  public static TourForm of(TourJson tour) {
    TourForm form = new TourForm();
    form.title = tour.title();
    form.status = tour.status().name();
    form.version = tour.version();
    List<Row> rows =
        tour.steps().stream()
            .map(
                s ->
                    new Row(
                        s.event() == null ? "" : s.event().toString(),
                        s.eventTitle(),
                        nz(s.text()),
                        str(s.lat()),
                        str(s.lon()),
                        str(s.zoom()),
                        nz(s.from()),
                        nz(s.to()),
                        s.media() == null ? "" : s.media().url(),
                        s.media() == null ? "" : nz(s.media().caption()),
                        s.media() == null ? "" : nz(s.media().credit()),
                        s.media() == null ? "" : nz(s.media().altText())))
            .toList();
    form.setRows(rows);
    return form;
  }

  /** The steps as rows; lists sent shorter than the others read as empty fields. */
  public List<Row> rows() {
    int n = size(stepEvent, stepText, stepLat, stepLon, stepZoom, stepFrom, stepTo, stepMediaUrl);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(
          new Row(
              at(stepEvent, i),
              null,
              at(stepText, i),
              at(stepLat, i),
              at(stepLon, i),
              at(stepZoom, i),
              at(stepFrom, i),
              at(stepTo, i),
              at(stepMediaUrl, i),
              at(stepMediaCaption, i),
              at(stepMediaCredit, i),
              at(stepMediaAlt, i)));
    }
    return rows;
  }

  void setRows(List<Row> rows) {
    stepEvent = rows.stream().map(Row::event).toList();
    stepText = rows.stream().map(Row::text).toList();
    stepLat = rows.stream().map(Row::lat).toList();
    stepLon = rows.stream().map(Row::lon).toList();
    stepZoom = rows.stream().map(Row::zoom).toList();
    stepFrom = rows.stream().map(Row::from).toList();
    stepTo = rows.stream().map(Row::to).toList();
    stepMediaUrl = rows.stream().map(Row::mediaUrl).toList();
    stepMediaCaption = rows.stream().map(Row::mediaCaption).toList();
    stepMediaCredit = rows.stream().map(Row::mediaCredit).toList();
    stepMediaAlt = rows.stream().map(Row::mediaAlt).toList();
  }

  /**
   * Applies a button other than save (add a step, move one, remove one) to the rows; false when the
   * action is none of these.
   */
  boolean edit() {
    List<Row> rows = new ArrayList<>(rows());
    String a = action == null ? "save" : action;
    if (a.equals("add-event") && Text.trimToNull(addEvent) != null) {
      rows.add(Row.blank(addEvent.strip(), "", "", ""));
    } else if (a.equals("add-view")) {
      rows.add(Row.blank("", nz(viewLat), nz(viewLon), nz(viewZoom)));
    } else if (a.matches("(up|down|remove):\\d{1,3}")) {
      int i = Integer.parseInt(a.substring(a.indexOf(':') + 1));
      if (i >= rows.size()) {
        return true;
      }
      if (a.startsWith("up") && i > 0) {
        Collections.swap(rows, i, i - 1);
      } else if (a.startsWith("down") && i < rows.size() - 1) {
        Collections.swap(rows, i, i + 1);
      } else if (a.startsWith("remove")) {
        rows.remove(i);
      }
    } else {
      return false;
    }
    setRows(rows);
    return true;
  }

  /**
   * The service's input, or a 400 naming the step's field ({@code steps[2].zoom}) when a number is
   * not one.
   */
  TourInput toInput() {
    Validation v = new Validation();
    List<StepInput> steps = new ArrayList<>();
    List<Row> rows = rows();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      String at = "steps[" + i + "].";
      Long event = number(v, at + "event", r.event(), Long::valueOf);
      Double lat = number(v, at + "lat", r.lat(), Double::valueOf);
      Double lon = number(v, at + "lon", r.lon(), Double::valueOf);
      Integer zoom = number(v, at + "zoom", r.zoom(), Integer::valueOf);
      MediaInput media =
          Text.trimToNull(r.mediaUrl()) == null
              ? null
              : new MediaInput(
                  r.mediaUrl().strip(),
                  Text.trimToNull(r.mediaCaption()),
                  Text.trimToNull(r.mediaCredit()),
                  Text.trimToNull(r.mediaAlt()));
      steps.add(
          new StepInput(
              event,
              Text.trimToNull(r.text()),
              lat,
              lon,
              zoom,
              Text.trimToNull(r.from()),
              Text.trimToNull(r.to()),
              media));
    }
    PublicationStatus chosen =
        "PUBLISHED".equals(status) ? PublicationStatus.PUBLISHED : PublicationStatus.DRAFT;
    v.throwIfInvalid();
    return new TourInput(title == null ? "" : title, chosen, steps, version);
  }

  /**
   * Errors by step index and field name ({@code 2 → zoom → message}), from the service's field
   * names.
   */
  static Map<Integer, Map<String, String>> stepErrors(FormErrors errors) {
    Map<Integer, Map<String, String>> byStep = new TreeMap<>();
    errors
        .all()
        .forEach(
            (field, message) -> {
              var m = Pattern.compile("steps\\[(\\d+)]\\.(.+)").matcher(field);
              if (m.matches()) {
                byStep
                    .computeIfAbsent(Integer.parseInt(m.group(1)), k -> new TreeMap<>())
                    .put(m.group(2), message);
              }
            });
    return byStep;
  }

  private static <T> T number(Validation v, String field, String text, Function<String, T> parse) {
    String t = Text.trimToNull(text);
    if (t == null) {
      return null;
    }
    try {
      return parse.apply(t.replace(',', '.'));
    } catch (NumberFormatException e) {
      v.reject(field, "'" + t + "' is not a number");
      return null;
    }
  }

  @SafeVarargs
  private static int size(List<String>... lists) {
    int n = 0;
    for (List<String> l : lists) {
      n = Math.max(n, l == null ? 0 : l.size());
    }
    return n;
  }

  private static String at(List<String> list, int i) {
    return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }
}
