package org.chronotope.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.chronotope.editor.BulkMessages;
import org.chronotope.editor.EditorMessages;
import org.chronotope.editor.HistoryMessages;
import org.chronotope.editor.ReviewMessages;
import org.chronotope.exchange.ExchangeMessages;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.chronotope.tour.TourMessages;
import org.junit.jupiter.api.Test;

/**
 * Every kind of page speaks Arabic, right to left, when the reader asks for it (?lang=ar, the
 * cookie, Accept-Language), and story text keeps its own direction in any interface language.
 */
@QuarkusTest
class ArabicPagesTest {

  private static final String RTL_HTML = "<html lang=\"ar\" dir=\"rtl\">";

  @Inject
  @Localized("ar") Messages ar;

  @Inject
  @Localized("fr") Messages fr;

  @Inject Messages en;

  @Inject
  @Localized("ar") EditorMessages edAr;

  @Inject
  @Localized("ar") HistoryMessages histAr;

  @Inject
  @Localized("ar") ExchangeMessages exAr;

  @Inject
  @Localized("ar") BulkMessages bkAr;

  @Inject
  @Localized("ar") ReviewMessages rvAr;

  @Inject
  @Localized("ar") TourMessages tourAr;

  @Test
  void readerPagesAreArabicAndRightToLeft() {
    String slug = Api.createStory("arabic-reader");
    Api.createEvent(slug, Api.event("Enlèvement près de Dori", "2025-01-18", -0.03, 14.03));
    given()
        .get("/?lang=ar")
        .then()
        .statusCode(200)
        .body(
            containsString(RTL_HTML),
            containsString(">القصص<"),
            containsString("تابِع قصة إخبارية"));
    given()
        .header("Accept-Language", "ar-MA,ar;q=0.9,fr;q=0.5")
        .get("/stories/" + slug)
        .then()
        .statusCode(200)
        .body(
            containsString(RTL_HTML),
            containsString("خريطة الأحداث"),
            containsString("الخط الزمني للأحداث"),
            containsString("حدث واحد"),
            containsString("18 يناير 2025"),
            // The story is French: its text says so and runs left to right inside the Arabic page.
            containsString("lang=\"fr\" dir=\"ltr\""),
            // The scripts format numbers and dates with Latin digits, as configured.
            containsString("data-ct-lang=\"ar-u-nu-latn\""));
    given()
        .cookie("ct-lang", "ar")
        .get("/stories/no-such-story")
        .then()
        .statusCode(404)
        .body(containsString(RTL_HTML), containsString("لا توجد قصة منشورة على هذا العنوان."));
  }

  @Test
  void embedsAndTheirErrorsAreArabic() {
    String slug = Api.createStory("arabic-embed");
    given()
        .get("/embed/" + slug + "?lang=ar")
        .then()
        .statusCode(200)
        .body(containsString(RTL_HTML), containsString("افتح القصة كاملة"));
    given()
        .get("/embed/no-such-story?lang=ar")
        .then()
        .statusCode(404)
        .body(
            containsString(RTL_HTML),
            containsString("غير موجود"),
            not(containsString("Not found")));
    given()
        .get("/embed/" + slug + "?lang=ar&view=sideways")
        .then()
        .statusCode(400)
        .body(
            containsString(RTL_HTML),
            containsString("تضمين غير صالح"),
            containsString("<p lang=\"en\" dir=\"ltr\">"));
  }

  @Test
  void editorAndImportPagesAreArabic() {
    String slug = Api.createStory("arabic-editor");
    EditorSession editor = EditorSession.editor();
    editor
        .request()
        .header("Accept-Language", "ar")
        .get("/editor")
        .then()
        .statusCode(200)
        .body(containsString(RTL_HTML), containsString("قصصك"), containsString("قصة جديدة"));
    editor
        .request()
        .header("Accept-Language", "ar")
        .get("/editor/stories/" + slug + "/events/new")
        .then()
        .statusCode(200)
        .body(
            containsString(RTL_HTML),
            containsString("حدث جديد"),
            containsString("ماذا حدث"),
            containsString("data-ct-label-line-two=\"خط من نقطتين."));
    editor
        .request()
        .header("Accept-Language", "ar")
        .get("/editor/stories/" + slug + "/import")
        .then()
        .statusCode(200)
        .body(containsString(RTL_HTML), containsString("استيراد ملف"));
    given()
        .header("Accept-Language", "ar")
        .get("/editor/login")
        .then()
        .statusCode(200)
        .body(containsString(RTL_HTML), containsString("تسجيل الدخول"));
  }

  @Test
  void bulkReviewAndTourPagesAreArabic() {
    String slug = Api.createStory("arabic-tour");
    long event =
        Api.createEvent(slug, Api.event("Départ de Casablanca", "2025-07-10", -7.59, 33.57));
    Api.asEditor()
        .body(
            Map.of(
                "title",
                "La route",
                "status",
                "PUBLISHED",
                "steps",
                List.of(Map.of("event", event, "text", "Le départ"))))
        .put("/api/stories/" + slug + "/tours/la-route")
        .then()
        .statusCode(201);
    EditorSession editor = EditorSession.editor();
    editor
        .request()
        .header("Accept-Language", "ar")
        .get("/editor/stories/" + slug)
        .then()
        .statusCode(200)
        .body(
            containsString(RTL_HTML),
            containsString("مع الأحداث المحدَّدة"),
            containsString("لصق من جدول بيانات"),
            containsString("data-ct-count-many=\"الأحداث المحدَّدة: %n\""),
            not(containsString("With the selected events")));
    editor
        .request()
        .header("Accept-Language", "ar")
        .get("/editor/stories/" + slug + "/grid")
        .then()
        .statusCode(200)
        .body(
            containsString(RTL_HTML),
            containsString("الأحداث في جدول"),
            not(containsString("Events as a grid")));
    editor
        .request()
        .header("Accept-Language", "ar")
        .get("/editor/reviews")
        .then()
        .statusCode(200)
        .body(
            containsString(RTL_HTML),
            containsString("بانتظار التدقيق"),
            not(containsString("Awaiting review")));
    editor
        .request()
        .header("Accept-Language", "ar")
        .get("/editor/stories/" + slug + "/tours")
        .then()
        .statusCode(200)
        .body(
            containsString(RTL_HTML),
            containsString("جولة جديدة"),
            not(containsString("New tour")));
    given()
        .get("/stories/" + slug + "?lang=ar&tour=la-route&layout=scroll")
        .then()
        .statusCode(200)
        .body(
            containsString(RTL_HTML),
            containsString("جولات إرشادية"),
            containsString("الخطوة 1 من 1"),
            not(containsString("Guided tours")));
  }

  @Test
  void otherLanguagesStayLeftToRight() {
    Api.pageShows("/?lang=fr", "<html lang=\"fr\" dir=\"ltr\">");
    given()
        .get("/")
        .then()
        .statusCode(200)
        .body(allOf(containsString("<html lang=\"en\" dir=\"ltr\">")));
  }

  @Test
  void anArabicStoryKeepsItsDirectionInTheFrenchInterface() {
    Map<String, Object> story = Api.story(Api.uniqueSlug("arabic-story"), "PUBLISHED");
    story.put("title", "الإفراج عن السائقين المغاربة");
    story.put("language", "ar");
    Api.asEditor().body(story).post("/api/stories").then().statusCode(201);
    given()
        .get("/stories/" + story.get("slug") + "?lang=fr")
        .then()
        .statusCode(200)
        .body(
            containsString("<html lang=\"fr\" dir=\"ltr\">"),
            containsString("lang=\"ar\" dir=\"rtl\""),
            containsString("الإفراج عن السائقين المغاربة"));
  }

  @Test
  void countedMessagesTakeEachLanguagesPluralForms() {
    assertEquals("لا أحداث", ar.event_count(0, "0"));
    assertEquals("حدث واحد", ar.event_count(1, "1"));
    assertEquals("حدثان", ar.event_count(2, "2"));
    assertEquals("3 أحداث", ar.event_count(3, "3"));
    assertEquals("11 حدثًا", ar.event_count(11, "11"));
    assertEquals("100 حدث", ar.event_count(100, "100"));
    assertEquals("0 événement", fr.event_count(0, "0"));
    assertEquals("1 événement", fr.event_count(1, "1"));
    assertEquals("2 événements", fr.event_count(2, "2"));
    assertEquals("3 événements", fr.event_count(3, "3"));
    assertEquals("11 événements", fr.event_count(11, "11"));
    assertEquals("100 événements", fr.event_count(100, "100"));
    assertEquals("0 events", en.event_count(0, "0"));
    assertEquals("1 event", en.event_count(1, "1"));
    assertEquals("2 events", en.event_count(2, "2"));
    assertEquals("3 events", en.event_count(3, "3"));
    assertEquals("11 events", en.event_count(11, "11"));
    assertEquals("100 events", en.event_count(100, "100"));
    assertEquals("خط، نقطتان", edAr.where_line(2));
    assertEquals("خط، 11 نقطةً", edAr.where_line(11));
    assertEquals("حقلان عدّلتماهما كلاكما: اختر بعناية.", histAr.conflict_contested(2));
    assertEquals("3 مشكلات في الملف", exAr.import_rejections_title(3));
    assertEquals("مشكلة واحدة في الملف", exAr.import_rejections_title(1));
    assertEquals("حُدِّد حدثان", bkAr.bulk_count(2));
    assertEquals("نُشر 11 حدثًا.", bkAr.flash_bulk_publish(11));
    assertEquals("أُضيفت 3 صفوف من جدول البيانات.", bkAr.flash_paste(3));
    assertEquals("هذا الحدث مفتوح للتعديل لدى أمينة منذ دقيقتين", rvAr.presence_for("أمينة", 2));
    assertEquals("خطوة واحدة", tourAr.step_count(1));
    assertEquals("100 خطوة", tourAr.step_count(100));
    // The scripts' labels: one per form, %n filled in by Intl.
    assertEquals("%n حدثًا", ar.js_events("many"));
    assertEquals("حدثان", ar.js_events("two"));
    assertEquals("%n events", en.js_events("other"));
  }
}
