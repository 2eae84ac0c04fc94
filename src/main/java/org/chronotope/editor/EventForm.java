package org.chronotope.editor;

import static org.chronotope.editor.FormRows.nz;

import java.util.ArrayList;
import java.util.List;
import org.chronotope.common.Text;
import org.chronotope.event.Event;
import org.chronotope.event.EventInput;
import org.chronotope.event.SourceKind;
import org.chronotope.event.Verification;
import org.chronotope.story.PublicationStatus;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The event form as the browser sends it: every field as typed, so a form with errors is shown
 * again exactly as it was. Sources and media come as parallel lists, one entry per row. {@link
 * EventFormReader} turns it into the service's {@link EventInput}.
 */
public class EventForm {

  @RestForm public String title;
  @RestForm public String category;
  @RestForm public String status;
  @RestForm public String tags;
  @RestForm public String start;
  @RestForm public String startPrecision;
  @RestForm public String end;
  @RestForm public String endPrecision;
  @RestForm public String displayDate;
  @RestForm public String place;
  @RestForm public String placeName;
  @RestForm public String geometry;
  @RestForm public String locationPrecision;
  @RestForm public String body;
  @RestForm public List<String> sourceUrl;
  @RestForm public List<String> sourcePublisher;
  @RestForm public List<String> sourceTitle;
  @RestForm public List<String> sourceDate;
  @RestForm public List<String> mediaUrl;
  @RestForm public List<String> mediaCaption;
  @RestForm public List<String> mediaCredit;
  @RestForm public List<String> mediaAlt;

  /** The version the editor started from: a save against an older one is a conflict. */
  @RestForm public Long version;

  /**
   * How well the event is established (a {@code Verification} name) and, for a claim, who claims
   * it.
   */
  @RestForm public String verification;

  @RestForm public String claimedBy;

  /**
   * Per source row: its kind (a {@code SourceKind} name or empty), whose word it is, an archived
   * copy.
   */
  @RestForm public List<String> sourceKind;

  @RestForm public List<String> sourceAttribution;
  @RestForm public List<String> sourceArchiveUrl;

  /**
   * "on" when this save corrects a published error; then {@link #correctionNote} tells readers how.
   */
  @RestForm public String correction;

  @RestForm public String correctionNote;

  /** Uncertainty radius in metres, as typed. */
  @RestForm public String radiusM;

  /** Protection cell in km (10, 50, 100) or empty. */
  @RestForm public String protectKm;

  /** An empty form for a new event: a draft, day precision. */
  public static EventForm blank() {
    EventForm f = new EventForm();
    f.status = PublicationStatus.DRAFT.name();
    f.startPrecision = "DAY";
    f.endPrecision = "DAY";
    f.locationPrecision = "";
    f.verification = Verification.DEFAULT.name();
    return f.normalized();
  }

  /** The form filled with a saved event. */
  public static EventForm of(Event e, String language) {
    return of(EventInput.from(e), e.place == null ? null : e.place.nameIn(language), e.version);
  }

  /** The form filled with an event as the service takes it (a revision's snapshot, say). */
  public static EventForm of(EventInput in, String placeName, Long version) {
    EventForm f = new EventForm();
    f.title = in.title();
    f.category = in.category();
    f.status = in.status() == null ? PublicationStatus.DRAFT.name() : in.status().name();
    f.tags = String.join(", ", in.tags());
    f.start = in.start().value();
    f.startPrecision = in.start().precision() == null ? "DAY" : in.start().precision().name();
    f.end = in.end() == null ? null : in.end().value();
    f.endPrecision =
        in.end() == null || in.end().precision() == null
            ? f.startPrecision
            : in.end().precision().name();
    FormDates.fill(f, in);
    f.displayDate = in.displayDate();
    f.locationPrecision = "";
    if (in.location() != null) {
      f.place = in.location().place();
      f.placeName = placeName;
      f.geometry =
          in.location().geometry() == null || in.location().geometry().isNull()
              ? null
              : in.location().geometry().toString();
      f.locationPrecision =
          in.location().precision() == null ? "" : in.location().precision().name();
      f.radiusM = in.location().radiusM() == null ? null : in.location().radiusM().toString();
      f.protectKm = in.location().protectKm() == null ? null : in.location().protectKm().toString();
    }
    f.body = in.body();
    in.sources()
        .forEach(
            s ->
                f.addSource(
                    s.url(),
                    s.publisher(),
                    s.title(),
                    s.date() == null ? null : s.date().toString(),
                    s.kind() == null ? null : s.kind().name(),
                    s.attribution(),
                    s.archiveUrl()));
    f.verification =
        in.verification() == null ? Verification.DEFAULT.name() : in.verification().name();
    f.claimedBy = in.claimedBy();
    in.media().forEach(m -> f.addMedia(m.url(), m.caption(), m.credit(), m.altText()));
    f.version = version;
    return f.normalized();
  }

  /**
   * Every field as a hidden input, to carry this version through another page (the conflict page).
   */
  public List<ConflictPage.Hidden> hidden() {
    normalized();
    List<ConflictPage.Hidden> h = new ArrayList<>();
    String[][] single = {
      {"title", title},
      {"category", category},
      {"status", status},
      {"tags", tags},
      {"start", start},
      {"startPrecision", startPrecision},
      {"end", end},
      {"endPrecision", endPrecision},
      {"displayDate", displayDate},
      {"place", place},
      {"placeName", placeName},
      {"geometry", geometry},
      {"locationPrecision", locationPrecision},
      {"body", body}
    };
    for (String[] field : single) {
      h.add(new ConflictPage.Hidden(field[0], nz(field[1])));
    }
    if (correction != null) {
      h.add(new ConflictPage.Hidden("correction", correction));
      h.add(new ConflictPage.Hidden("correctionNote", nz(correctionNote)));
    }

    h.add(new ConflictPage.Hidden("radiusM", nz(radiusM)));
    h.add(new ConflictPage.Hidden("protectKm", nz(protectKm)));
    for (int i = 0; i < sourceUrl.size(); i++) {
      h.add(new ConflictPage.Hidden("sourceUrl", sourceUrl.get(i)));
      h.add(new ConflictPage.Hidden("sourcePublisher", sourcePublisher.get(i)));
      h.add(new ConflictPage.Hidden("sourceTitle", sourceTitle.get(i)));
      h.add(new ConflictPage.Hidden("sourceDate", sourceDate.get(i)));
      h.add(new ConflictPage.Hidden("sourceKind", sourceKind.get(i)));
      h.add(new ConflictPage.Hidden("sourceAttribution", sourceAttribution.get(i)));
      h.add(new ConflictPage.Hidden("sourceArchiveUrl", sourceArchiveUrl.get(i)));
    }
    h.add(new ConflictPage.Hidden("verification", nz(verification)));
    h.add(new ConflictPage.Hidden("claimedBy", nz(claimedBy)));
    for (int i = 0; i < mediaUrl.size(); i++) {
      h.add(new ConflictPage.Hidden("mediaUrl", mediaUrl.get(i)));
      h.add(new ConflictPage.Hidden("mediaCaption", mediaCaption.get(i)));
      h.add(new ConflictPage.Hidden("mediaCredit", mediaCredit.get(i)));
      h.add(new ConflictPage.Hidden("mediaAlt", mediaAlt.get(i)));
    }
    return h;
  }

  /** Lists never null and of equal length per row kind, so templates can index them. */
  public EventForm normalized() {
    int sources =
        FormRows.count(
            sourceUrl,
            sourcePublisher,
            sourceTitle,
            sourceDate,
            sourceKind,
            sourceAttribution,
            sourceArchiveUrl);
    sourceKind = FormRows.padded(sourceKind, sources);
    sourceAttribution = FormRows.padded(sourceAttribution, sources);
    sourceArchiveUrl = FormRows.padded(sourceArchiveUrl, sources);
    sourceUrl = FormRows.padded(sourceUrl, sources);
    sourcePublisher = FormRows.padded(sourcePublisher, sources);
    sourceTitle = FormRows.padded(sourceTitle, sources);
    sourceDate = FormRows.padded(sourceDate, sources);
    int media = FormRows.count(mediaUrl, mediaCaption, mediaCredit, mediaAlt);
    mediaUrl = FormRows.padded(mediaUrl, media);
    mediaCaption = FormRows.padded(mediaCaption, media);
    mediaCredit = FormRows.padded(mediaCredit, media);
    mediaAlt = FormRows.padded(mediaAlt, media);
    return this;
  }

  /**
   * The form without its trailing empty rows: the page adds one empty row of each kind itself, so a
   * form shown again does not pile empty rows up. Rows before a filled one keep their place, so the
   * errors named by row still sit beside the right row.
   */
  public EventForm withoutEmptyRows() {
    normalized();
    for (int i = sourceUrl.size() - 1;
        i >= 0
            && Text.allBlank(
                sourceUrl.get(i), sourcePublisher.get(i), sourceTitle.get(i), sourceDate.get(i))
            && Text.allBlank(sourceKind.get(i), sourceAttribution.get(i), sourceArchiveUrl.get(i));
        i--) {
      sourceKind.remove(i);
      sourceAttribution.remove(i);
      sourceArchiveUrl.remove(i);
      sourceUrl.remove(i);
      sourcePublisher.remove(i);
      sourceTitle.remove(i);
      sourceDate.remove(i);
    }
    for (int i = mediaUrl.size() - 1;
        i >= 0
            && Text.allBlank(
                mediaUrl.get(i), mediaCaption.get(i), mediaCredit.get(i), mediaAlt.get(i));
        i--) {
      mediaUrl.remove(i);
      mediaCaption.remove(i);
      mediaCredit.remove(i);
      mediaAlt.remove(i);
    }
    return this;
  }

  /** The rows of sources, for the template. */
  public List<SourceRow> sourceRows() {
    List<SourceRow> rows = new ArrayList<>();
    for (int i = 0; i < sourceUrl.size(); i++) {
      rows.add(
          new SourceRow(
              i,
              sourceUrl.get(i),
              sourcePublisher.get(i),
              sourceTitle.get(i),
              sourceDate.get(i),
              sourceKind.get(i),
              sourceAttribution.get(i),
              sourceArchiveUrl.get(i)));
    }
    return rows;
  }

  public List<MediaRow> mediaRows() {
    List<MediaRow> rows = new ArrayList<>();
    for (int i = 0; i < mediaUrl.size(); i++) {
      rows.add(
          new MediaRow(
              i, mediaUrl.get(i), mediaCaption.get(i), mediaCredit.get(i), mediaAlt.get(i)));
    }
    return rows;
  }

  void addSource(String url, String publisher, String title, String date) {
    normalized();
    sourceUrl.add(nz(url));
    sourcePublisher.add(nz(publisher));
    sourceTitle.add(nz(title));
    sourceDate.add(nz(date));
    sourceKind.add("");
    sourceAttribution.add("");
    sourceArchiveUrl.add("");
  }

  void addSource(
      String url,
      String publisher,
      String title,
      String date,
      String kind,
      String attribution,
      String archiveUrl) {
    addSource(url, publisher, title, date);
    sourceKind.set(sourceKind.size() - 1, nz(kind));
    sourceAttribution.set(sourceAttribution.size() - 1, nz(attribution));
    sourceArchiveUrl.set(sourceArchiveUrl.size() - 1, nz(archiveUrl));
  }

  void addMedia(String url, String caption, String credit, String alt) {
    normalized();
    mediaUrl.add(nz(url));
    mediaCaption.add(nz(caption));
    mediaCredit.add(nz(credit));
    mediaAlt.add(nz(alt));
  }

  /** One source row of the form. */
  public record SourceRow(
      int index,
      String url,
      String publisher,
      String title,
      String date,
      String kind,
      String attribution,
      String archiveUrl) {

    public SourceRow(int index, String url, String publisher, String title, String date) {
      this(index, url, publisher, title, date, "", "", "");
    }

    /** Counted from 1, as people count rows. */
    public int number() {
      return index + 1;
    }

    /** The kinds a source may be, for the row's choice. */
    public List<SourceKind> kinds() {
      return List.of(SourceKind.values());
    }

    /** The key of one of its fields in {@link FormErrors}: {@code sources[2].url}. */
    public String key(String field) {
      return "sources[" + index + "]." + field;
    }
  }

  /** One media row of the form. */
  public record MediaRow(int index, String url, String caption, String credit, String alt) {
    /** Counted from 1, as people count rows. */
    public int number() {
      return index + 1;
    }

    /** The key of one of its fields in {@link FormErrors}: {@code media[0].url}. */
    public String key(String field) {
      return "media[" + index + "]." + field;
    }
  }
}
