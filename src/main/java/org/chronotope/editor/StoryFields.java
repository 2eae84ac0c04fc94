package org.chronotope.editor;

import java.util.stream.Collectors;
import org.chronotope.common.Text;
import org.chronotope.story.StoryInput;

/** A story's fields in groups an editor recognises, each shown as one readable text. */
final class StoryFields {

  /** The story form's parts. */
  enum Group {
    TITLE,
    SLUG,
    SUMMARY,
    LANGUAGE,
    STATUS,
    MAP_VIEW,
    CATEGORIES,
    ERAS,
    CONTEXT
  }

  private final EditorMessages m;

  StoryFields(EditorMessages m) {
    this.m = m;
  }

  String label(Group g) {
    return switch (g) {
      case TITLE -> m.title();
      case SLUG -> m.slug();
      case SUMMARY -> m.summary();
      case LANGUAGE -> m.language();
      case STATUS -> m.status();
      case MAP_VIEW -> m.map_view();
      case CATEGORIES -> m.categories();
      case ERAS -> m.eras();
      case CONTEXT -> m.context_places();
    };
  }

  String show(Group g, StoryInput s) {
    return switch (g) {
      case TITLE -> nz(s.title());
      case SLUG -> nz(s.slug());
      case SUMMARY -> nz(s.summary());
      case LANGUAGE -> nz(s.language());
      case STATUS ->
          s.status() == null || s.status().name().equals("DRAFT")
              ? m.status_DRAFT()
              : m.status_PUBLISHED();
      case MAP_VIEW ->
          s.mapView() == null
              ? ""
              : s.mapView().lat() + ", " + s.mapView().lon() + " · zoom " + s.mapView().zoom();
      case CATEGORIES ->
          s.categories().stream()
              .map(
                  c ->
                      c.code()
                          + " — "
                          + c.name()
                          + " — "
                          + c.color()
                          + (Text.isBlank(c.icon()) ? "" : " — " + c.icon()))
              .collect(Collectors.joining("\n"));
      case ERAS ->
          s.eras().stream()
              .map(e -> e.label() + " — " + e.start().value() + " → " + e.end().value())
              .collect(Collectors.joining("\n"));
      case CONTEXT -> String.join("\n", s.contextPlaces());
    };
  }

  private static String nz(String s) {
    return s == null ? "" : s.strip();
  }

  /** Copies one group of fields from one version of the form to another. */
  static void copy(Group g, StoryForm from, StoryForm to) {
    from.normalized();
    switch (g) {
      case TITLE -> to.title = from.title;
      case SLUG -> to.slug = from.slug;
      case SUMMARY -> to.summary = from.summary;
      case LANGUAGE -> to.language = from.language;
      case STATUS -> to.status = from.status;
      case MAP_VIEW -> {
        to.viewLat = from.viewLat;
        to.viewLon = from.viewLon;
        to.viewZoom = from.viewZoom;
      }
      case CATEGORIES -> {
        to.categoryCode = from.categoryCode;
        to.categoryName = from.categoryName;
        to.categoryColor = from.categoryColor;
        to.categoryIcon = from.categoryIcon;
      }
      case ERAS -> {
        to.eraLabel = from.eraLabel;
        to.eraStart = from.eraStart;
        to.eraStartPrecision = from.eraStartPrecision;
        to.eraEnd = from.eraEnd;
        to.eraEndPrecision = from.eraEndPrecision;
      }
      case CONTEXT -> to.contextPlaces = from.contextPlaces;
    }
  }
}
