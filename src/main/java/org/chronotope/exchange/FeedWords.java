package org.chronotope.exchange;

import java.util.Locale;

/**
 * The few words the calendar, the feed and the StoryMapJS export write themselves, in the story's
 * language (French, Arabic, else English): readers' apps show them as they are, so they follow the
 * story, not the request.
 */
enum FeedWords {
  EN(
      Locale.ENGLISH,
      "Date known to the month: ",
      "Date known to the year: ",
      "Updated",
      "Correction: ",
      "Correction",
      "%d event(s) before year 1 or after year 9999 are not in this calendar: iCalendar cannot write their dates"),
  FR(
      Locale.FRENCH,
      "Date connue au mois près : ",
      "Date connue à l'année près : ",
      "Mis à jour",
      "Correction : ",
      "Rectificatif",
      "%d événement(s) avant l'an 1 ou après l'an 9999 ne sont pas dans ce calendrier : iCalendar ne peut pas écrire leurs dates"),
  AR(
      Locale.forLanguageTag("ar"),
      "تاريخ معروف بالشهر: ",
      "تاريخ معروف بالسنة: ",
      "حُدِّث",
      "تصحيح: ",
      "تصحيح",
      "%d من الأحداث قبل السنة 1 أو بعد السنة 9999 ليست في هذا التقويم: لا يستطيع iCalendar كتابة تواريخها");

  final Locale locale;
  final String knownToMonth;
  final String knownToYear;
  final String updated;
  final String correctionTitle;
  final String correctionLabel;
  private final String skipped;

  FeedWords(
      Locale locale,
      String knownToMonth,
      String knownToYear,
      String updated,
      String correctionTitle,
      String correctionLabel,
      String skipped) {
    this.locale = locale;
    this.knownToMonth = knownToMonth;
    this.knownToYear = knownToYear;
    this.updated = updated;
    this.correctionTitle = correctionTitle;
    this.correctionLabel = correctionLabel;
    this.skipped = skipped;
  }

  /**
   * The words of a story's language ({@code fr}, {@code fr-CA}, {@code ar}…); English for any
   * other.
   */
  static FeedWords of(String language) {
    String lang = language == null ? "" : Locale.forLanguageTag(language).getLanguage();
    return switch (lang) {
      case "fr" -> FR;
      case "ar" -> AR;
      default -> EN;
    };
  }

  String skipped(int count) {
    return String.format(Locale.ROOT, skipped, count);
  }
}
