package org.chronotope.tour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.chronotope.common.PlainText;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.common.Validation;
import org.chronotope.event.Event;
import org.chronotope.event.EventDate;
import org.chronotope.story.Story;
import org.chronotope.tour.TourInput.StepInput;

/**
 * The rules of a tour, for every caller (the API, the editor's form, an import, a restore): each
 * error names its field ({@code steps[2].zoom}) and nothing is written while one remains.
 */
final class TourChecks {

  static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?");
  static final int MAX_ZOOM = 18;
  private static final Pattern HTTP_URL = Pattern.compile(TourInput.HTTP_URL);

  private TourChecks() {}

  static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw ProblemException.invalid(
          "name", "must be 1 to 100 lower-case letters, digits and inner hyphens: la-route");
    }
  }

  /** The steps of {@code in} as they will be stored, once every rule holds. */
  static List<TourStep> steps(Story story, TourInput in) {
    Validation v = new Validation();
    if (Text.isBlank(in.title())) {
      v.reject("title", "required");
    } else if (in.title().strip().length() > 500) {
      v.reject("title", "must be 500 characters or fewer");
    } else if (PlainText.Validator.problem(in.title()) != null) {
      v.reject("title", PlainText.Validator.problem(in.title()));
    }
    if (in.steps().size() > TourInput.MAX_STEPS) {
      v.reject("steps", "a tour has at most " + TourInput.MAX_STEPS + " steps");
    }
    Map<Long, Event> events = events(in.steps());
    List<TourStep> steps = new ArrayList<>();
    for (int i = 0; i < in.steps().size(); i++) {
      StepInput s = in.steps().get(i);
      String at = "steps[" + i + "].";
      if (s == null) {
        v.reject("steps[" + i + "]", "required: a step");
        continue;
      }
      if (s.event() != null) {
        Event e = events.get(s.event());
        // Another story's event is "not found" here: its existence is not this story's business.
        if (e == null || e.deletedAt != null || !e.story.id.equals(story.id)) {
          v.reject(at + "event", "this story has no event " + s.event());
        }
      }
      checkView(v, at, s);
      if (s.text() != null && s.text().length() > 20_000) {
        v.reject(at + "text", "must be 20000 characters or fewer");
      } else if (PlainText.Validator.problem(s.text()) != null) {
        v.reject(at + "text", PlainText.Validator.problem(s.text()));
      }
      String from = Text.trimToNull(s.from());
      String to = Text.trimToNull(s.to());
      if ((from == null) != (to == null)) {
        v.reject(
            at + (from == null ? "from" : "to"),
            "give the timeline's window with both from and to");
      } else if (from != null) {
        Long start = v.attempt(() -> EventDate.parse(from, null, at + "from").epochSecond());
        Long end = v.attempt(() -> EventDate.parse(to, null, at + "to").periodEndEpochSecond());
        if (start != null && end != null && end <= start) {
          v.reject(at + "to", "must be after from");
        }
      }
      if (s.media() != null
          && (s.media().url() == null || !HTTP_URL.matcher(s.media().url().strip()).matches())) {
        v.reject(at + "media.url", "must be an http:// or https:// URL");
      }
      steps.add(step(s, from, to));
    }
    v.throwIfInvalid();
    return steps;
  }

  private static void checkView(Validation v, String at, StepInput s) {
    boolean any = s.lat() != null || s.lon() != null || s.zoom() != null;
    if (!any) {
      if (s.event() == null) {
        v.reject(at + "zoom", "a view step needs a map view: lat, lon and zoom");
      }
      return;
    }
    if (s.lat() == null) {
      v.reject(at + "lat", "required with lon and zoom");
    } else if (!(s.lat() >= -90 && s.lat() <= 90)) {
      v.reject(at + "lat", "must be between -90 and 90");
    }
    if (s.lon() == null) {
      v.reject(at + "lon", "required with lat and zoom");
    } else if (!(s.lon() >= -180 && s.lon() <= 180)) {
      v.reject(at + "lon", "must be between -180 and 180");
    }
    if (s.zoom() == null) {
      v.reject(at + "zoom", "required with lat and lon");
    } else if (s.zoom() < 0 || s.zoom() > MAX_ZOOM) {
      v.reject(at + "zoom", "must be between 0 and " + MAX_ZOOM);
    }
  }

  private static Map<Long, Event> events(List<StepInput> steps) {
    List<Long> ids =
        steps.stream()
            .filter(Objects::nonNull)
            .map(StepInput::event)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    Map<Long, Event> found = new HashMap<>();
    if (!ids.isEmpty()) {
      Event.<Event>list("id in ?1", ids).forEach(e -> found.put(e.id, e));
    }
    return found;
  }

  private static TourStep step(StepInput s, String from, String to) {
    TourStep step = new TourStep(s.event(), Text.trimToNull(s.text()));
    step.lat = s.lat();
    step.lon = s.lon();
    step.zoom = s.zoom();
    step.windowFrom = from;
    step.windowTo = to;
    if (s.media() != null && s.media().url() != null) {
      step.mediaUrl = s.media().url().strip();
      step.mediaCaption = Text.trimToNull(s.media().caption());
      step.mediaCredit = Text.trimToNull(s.media().credit());
      step.mediaAlt = Text.trimToNull(s.media().altText());
    }
    return step;
  }
}
