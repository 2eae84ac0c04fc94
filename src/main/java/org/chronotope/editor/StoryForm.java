package org.chronotope.editor;

import static org.chronotope.editor.FormRows.nz;

import java.util.ArrayList;
import java.util.List;
import org.chronotope.common.Text;
import org.chronotope.story.StoryInput;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The story form as the browser sends it, every field as typed; categories and periods come as
 * parallel lists, one entry per row. {@link StoryFormReader} turns it into a {@link StoryInput}.
 */
public class StoryForm {

  @RestForm public String slug;
  @RestForm public String title;
  @RestForm public String summary;
  @RestForm public String language;
  @RestForm public String status;
  @RestForm public String viewLat;
  @RestForm public String viewLon;
  @RestForm public String viewZoom;
  @RestForm public List<String> categoryCode;
  @RestForm public List<String> categoryName;
  @RestForm public List<String> categoryColor;
  @RestForm public List<String> categoryIcon;
  @RestForm public List<String> eraLabel;
  @RestForm public List<String> eraStart;
  @RestForm public List<String> eraStartPrecision;
  @RestForm public List<String> eraEnd;
  @RestForm public List<String> eraEndPrecision;

  /** Keys of the gazetteer places the map shows for context. */
  @RestForm public List<String> contextPlaces;

  @RestForm public Long version;

  /**
   * The "sources required to publish" checkbox ("true" when ticked), and a marker that the form
   * showed it.
   */
  @RestForm public String sourcesRequired;

  @RestForm public String sourcesRequiredShown;

  /**
   * The "second pair of eyes" checkbox ("true" when ticked), and a marker that the form showed it.
   */
  @RestForm public String review;

  @RestForm public String reviewShown;

  public static StoryForm blank(String language) {
    StoryForm f = new StoryForm();
    f.language = language;
    f.status = "DRAFT";
    f.sourcesRequired = "true";
    return f.normalized();
  }

  public static StoryForm of(StoryInput in, Long version) {
    StoryForm f = new StoryForm();
    f.slug = in.slug();
    f.title = in.title();
    f.summary = in.summary();
    f.language = in.language();
    f.status = in.status() == null ? "DRAFT" : in.status().name();
    if (in.mapView() != null) {
      f.viewLat = String.valueOf(in.mapView().lat());
      f.viewLon = String.valueOf(in.mapView().lon());
      f.viewZoom = String.valueOf(in.mapView().zoom());
    }
    f.normalized();
    in.categories()
        .forEach(
            c -> {
              f.categoryCode.add(c.code());
              f.categoryName.add(c.name());
              f.categoryColor.add(c.color());
              f.categoryIcon.add(c.icon() == null ? "" : c.icon());
            });
    in.eras()
        .forEach(
            e -> {
              f.eraLabel.add(e.label());
              f.eraStart.add(e.start().value());
              f.eraStartPrecision.add(
                  e.start().precision() == null ? "DAY" : e.start().precision().name());
              f.eraEnd.add(e.end().value());
              f.eraEndPrecision.add(
                  e.end().precision() == null ? "DAY" : e.end().precision().name());
            });
    f.contextPlaces = new ArrayList<>(in.contextPlaces());
    f.sourcesRequired = Boolean.FALSE.equals(in.sourcesRequired()) ? null : "true";
    f.review = Boolean.TRUE.equals(in.review()) ? "true" : null;
    f.version = version;
    return f;
  }

  /** Lists never null and of equal length per row kind. */
  public StoryForm normalized() {
    int categories = FormRows.count(categoryCode, categoryName, categoryColor, categoryIcon);
    categoryCode = FormRows.padded(categoryCode, categories);
    categoryName = FormRows.padded(categoryName, categories);
    categoryColor = FormRows.padded(categoryColor, categories);
    categoryIcon = FormRows.padded(categoryIcon, categories);
    int eras = FormRows.count(eraLabel, eraStart, eraStartPrecision, eraEnd, eraEndPrecision);
    eraLabel = FormRows.padded(eraLabel, eras);
    eraStart = FormRows.padded(eraStart, eras);
    eraStartPrecision = FormRows.padded(eraStartPrecision, eras);
    eraEnd = FormRows.padded(eraEnd, eras);
    eraEndPrecision = FormRows.padded(eraEndPrecision, eras);
    contextPlaces =
        contextPlaces == null
            ? new ArrayList<>()
            : new ArrayList<>(contextPlaces.stream().filter(k -> !Text.isBlank(k)).toList());
    return this;
  }

  /** The form without its trailing empty rows (the page adds one empty row of each kind itself). */
  public StoryForm withoutEmptyRows() {
    normalized();
    for (int i = categoryName.size() - 1;
        i >= 0 && Text.allBlank(categoryName.get(i), categoryCode.get(i));
        i--) {
      categoryName.remove(i);
      categoryCode.remove(i);
      categoryColor.remove(i);
      categoryIcon.remove(i);
    }
    for (int i = eraLabel.size() - 1;
        i >= 0 && Text.allBlank(eraLabel.get(i), eraStart.get(i), eraEnd.get(i));
        i--) {
      eraLabel.remove(i);
      eraStart.remove(i);
      eraStartPrecision.remove(i);
      eraEnd.remove(i);
      eraEndPrecision.remove(i);
    }
    return this;
  }

  public List<CategoryRow> categoryRows() {
    normalized();
    List<CategoryRow> rows = new ArrayList<>();
    for (int i = 0; i < categoryCode.size(); i++) {
      rows.add(
          new CategoryRow(
              i,
              categoryCode.get(i),
              categoryName.get(i),
              categoryColor.get(i),
              categoryIcon.get(i)));
    }
    return rows;
  }

  public List<EraRow> eraRows() {
    normalized();
    List<EraRow> rows = new ArrayList<>();
    for (int i = 0; i < eraLabel.size(); i++) {
      rows.add(
          new EraRow(
              i,
              eraLabel.get(i),
              eraStart.get(i),
              eraStartPrecision.get(i),
              eraEnd.get(i),
              eraEndPrecision.get(i)));
    }
    return rows;
  }

  /** Every field as a hidden input, to carry this version through the conflict page. */
  public List<ConflictPage.Hidden> hidden() {
    normalized();
    List<ConflictPage.Hidden> h = new ArrayList<>();
    String[][] single = {
      {"slug", slug},
      {"title", title},
      {"summary", summary},
      {"language", language},
      {"status", status},
      {"viewLat", viewLat},
      {"viewLon", viewLon},
      {"viewZoom", viewZoom}
    };
    for (String[] field : single) {
      h.add(new ConflictPage.Hidden(field[0], nz(field[1])));
    }
    if (sourcesRequiredShown != null) {
      h.add(new ConflictPage.Hidden("sourcesRequiredShown", sourcesRequiredShown));
      if ("true".equals(sourcesRequired)) {
        h.add(new ConflictPage.Hidden("sourcesRequired", "true"));
      }
    }
    if (reviewShown != null) {
      h.add(new ConflictPage.Hidden("reviewShown", reviewShown));
      if ("true".equals(review)) {
        h.add(new ConflictPage.Hidden("review", "true"));
      }
    }
    for (CategoryRow r : categoryRows()) {
      h.add(new ConflictPage.Hidden("categoryCode", r.code()));
      h.add(new ConflictPage.Hidden("categoryName", r.name()));
      h.add(new ConflictPage.Hidden("categoryColor", r.color()));
      h.add(new ConflictPage.Hidden("categoryIcon", r.icon()));
    }
    for (EraRow r : eraRows()) {
      h.add(new ConflictPage.Hidden("eraLabel", r.label()));
      h.add(new ConflictPage.Hidden("eraStart", r.start()));
      h.add(new ConflictPage.Hidden("eraStartPrecision", r.startPrecision()));
      h.add(new ConflictPage.Hidden("eraEnd", r.end()));
      h.add(new ConflictPage.Hidden("eraEndPrecision", r.endPrecision()));
    }
    contextPlaces.forEach(k -> h.add(new ConflictPage.Hidden("contextPlaces", k)));
    return h;
  }

  /** One category row. */
  public record CategoryRow(int index, String code, String name, String color, String icon) {
    public int number() {
      return index + 1;
    }

    public String key(String field) {
      return "categories[" + index + "]." + field;
    }
  }

  /** One period row. */
  public record EraRow(
      int index,
      String label,
      String start,
      String startPrecision,
      String end,
      String endPrecision) {
    public int number() {
      return index + 1;
    }

    public String key(String field) {
      return "eras[" + index + "]." + field;
    }
  }
}
