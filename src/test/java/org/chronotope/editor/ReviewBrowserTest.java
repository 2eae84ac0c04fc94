package org.chronotope.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.chronotope.support.Api.asEditor;
import static org.chronotope.support.Api.asReporter;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/**
 * Review before publishing in Chromium: a reporter submits a draft, an editor sends it back from
 * the queue with a note, the reporter reads it on the form and submits again, the editor approves.
 */
@QuarkusTest
class ReviewBrowserTest {

  static void signInAs(Browser browser, String user, String password) {
    Page page = browser.go("/editor/login");
    page.getByLabel("User name").fill(user);
    page.getByLabel("Password").fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    page.waitForLoadState();
  }

  @Test
  void aDraftGoesThroughTheQueueSentBackOnceThenApproved() {
    Api.ensureUser(Api.REPORTER, Api.REPORTER_PASSWORD, "reporter");
    Api.ensureUser(Api.EDITOR, Api.EDITOR_PASSWORD, "editor");
    String slug = Api.createReviewedStory("review-browser");
    Map<String, Object> event =
        Api.event("Convoi attaqué près de Djibo", "2025-01-18", -1.63, 14.1);
    event.put("status", "DRAFT");
    long id = Api.createEvent(asReporter(), slug, event);

    try (Browser reporter = Browser.open();
        Browser editor = Browser.open(o -> o.size(1440, 900))) {
      signInAs(reporter, Api.REPORTER, Api.REPORTER_PASSWORD);
      Page form = reporter.go("/editor/events/" + id);
      assertThat(form.getByLabel("Published: readers see it")).isDisabled();
      EditorBrowserTest.button(form, "Submit for review").click();
      form.waitForLoadState();
      assertThat(
              form.getByRole(AriaRole.STATUS)
                  .filter(
                      new Locator.FilterOptions()
                          .setHasText("Submitted for review by " + Api.REPORTER)))
          .isVisible();

      signInAs(editor, Api.EDITOR, Api.EDITOR_PASSWORD);
      Page queue = editor.go("/editor/reviews");
      assertThat(
              queue.getByRole(
                  AriaRole.HEADING, new Page.GetByRoleOptions().setName("Awaiting review")))
          .isVisible();
      assertThat(
              queue.getByRole(
                  AriaRole.LINK,
                  new Page.GetByRoleOptions().setName("Convoi attaqué près de Djibo")))
          .isVisible();
      editor.screenshot("review-queue-1440");
      queue
          .getByLabel("Note to the author: Convoi attaqué près de Djibo")
          .fill("Quelle source pour le bilan ?");
      EditorBrowserTest.button(queue, "Send back Convoi attaqué près de Djibo").click();
      queue.waitForLoadState();
      assertThat(queue.getByText("Sent “Convoi attaqué près de Djibo” back to its author."))
          .isVisible();

      form = reporter.go("/editor/events/" + id);
      assertThat(form.getByRole(AriaRole.NOTE)).containsText("Sent back by " + Api.EDITOR);
      assertThat(form.getByRole(AriaRole.NOTE)).containsText("Quelle source pour le bilan ?");
      reporter.screenshot("review-sent-back-form");
      EditorBrowserTest.button(form, "Submit for review").click();
      form.waitForLoadState();

      queue = editor.go("/editor/reviews");
      EditorBrowserTest.button(queue, "Approve and publish Convoi attaqué près de Djibo").click();
      queue.waitForLoadState();
      assertThat(queue.getByText("Approved and published “Convoi attaqué près de Djibo”."))
          .isVisible();
      assertThat(
              queue.getByRole(
                  AriaRole.LINK,
                  new Page.GetByRoleOptions().setName("Convoi attaqué près de Djibo")))
          .hasCount(0);
    }
    asEditor().get("/api/events/" + id).then().body("status", equalTo("PUBLISHED"));
  }
}
