package org.chronotope.story;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.chronotope.seed.FirstStory;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StoryListPageTest {

  @Test
  void listsPublishedStoriesWithTheirEventCountAndDates() {
    given()
        .accept("text/html")
        .get("/")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("<html lang=\"en\""))
        .body(containsString("href=\"/stories/" + FirstStory.SLUG + "\""))
        .body(containsString("Libération de quatre chauffeurs marocains"))
        .body(containsString("7 events"))
        .body(containsString("From 18 January 2025 to 3 August 2025"));
  }

  @Test
  void draftStoriesAreNotListed() {
    String draft = Api.createStory("draft-list", "DRAFT");
    given().get("/").then().statusCode(200).body(not(containsString(draft)));
  }

  @Test
  void speaksFrenchWhenAskedByParameterAndRemembersIt() {
    Api.pageShows(
            "/?lang=fr", "<html lang=\"fr\"", "7 événements", "Du 18 janvier 2025 au 3 août 2025")
        .cookie("ct-lang", "fr");
    given()
        .cookie("ct-lang", "fr")
        .get("/")
        .then()
        .statusCode(200)
        .body(containsString("<html lang=\"fr\""))
        .header("Set-Cookie", nullValue());
  }

  @Test
  void countsInEachLanguagesPluralRules() {
    // French counts zero in the singular ("0 événement"); English in the plural ("0 events").
    String empty = Api.createStory("empty-story");
    Api.pageShows("/stories/" + empty + "?lang=fr", "0 événement<")
        .body(not(containsString("0 événements")));
    Api.pageShows("/stories/" + empty + "?lang=en", "0 events");
  }

  @Test
  void followsAcceptLanguageWithoutParameterOrCookie() {
    given()
        .header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5")
        .get("/")
        .then()
        .statusCode(200)
        .body(containsString("<html lang=\"fr\""))
        .body(containsString("Récits"));
  }

  @Test
  void pagesRefuseFramingAndInlineScripts() {
    given()
        .get("/")
        .then()
        .statusCode(200)
        .header("X-Frame-Options", "DENY")
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Content-Security-Policy", containsString("script-src 'self'"))
        .header("X-Content-Type-Options", "nosniff");
  }

  @Test
  void languageSwitcherChangesTheLabelsInTheBrowser() {
    try (Browser browser = Browser.open()) {
      Page page = browser.go("/");
      assertEquals(
          "Stories",
          page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent());
      page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Language"))
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Français"))
          .click();
      page.waitForURL("**/?lang=fr");
      assertEquals(
          "Récits",
          page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent());
      page.getByRole(
              AriaRole.LINK,
              new Page.GetByRoleOptions()
                  .setName("Libération de quatre chauffeurs marocains enlevés au Sahel"))
          .isVisible();
      browser.screenshot("story-list-fr");
    }
  }
}
