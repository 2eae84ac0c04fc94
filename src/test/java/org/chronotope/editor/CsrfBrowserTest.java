package org.chronotope.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chronotope.account.User;
import org.chronotope.event.Event;
import org.chronotope.revision.Revision;
import org.chronotope.story.Story;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A page on another port of 127.0.0.1 — the same site as the app, so the browser sends the editor's
 * cookies, SameSite or not — tries every editor action and API write it can: forms of each
 * encoding, fetch with each body type, navigator.sendBeacon. Nothing changes, and the editor stays
 * signed in.
 */
@QuarkusTest
class CsrfBrowserTest {

  @Test
  void anotherOriginCannotWriteWithTheEditorsCookies() throws Exception {
    String slug = Api.createStory("csrf-browser");
    long event = Api.createEvent(slug, Api.event("Cible", "2025-02-01", 1.0, 14.0));
    String trashed = Api.createStory("csrf-trashed");
    Api.asAdmin().delete("/api/stories/" + trashed).then().statusCode(204);
    Api.ensureUser("csrf-browser-victim", "victim-password-12", "editor");
    long victim = CsrfGuardTest.userId("csrf-browser-victim");
    String app = ConfigProvider.getConfig().getValue("test.url", String.class).replaceAll("/$", "");

    List<String> editorActions =
        List.of(
            "/editor/stories/" + slug + "/delete",
            "/editor/stories/" + slug + "/duplicate",
            "/editor/events/" + event + "/delete",
            "/editor/events/" + event + "/duplicate",
            "/editor/trash/stories/" + trashed + "/restore",
            "/editor/users/" + victim + "/delete",
            "/editor/stories",
            "/editor/stories/" + slug + "/events",
            "/editor/logout");
    List<String> apiWrites =
        List.of(
            "/api/stories",
            "/api/stories/" + slug + "/events",
            "/api/stories/" + slug + "/import?format=geojson");
    String page = attackPage(app, slug, editorActions, apiWrites);

    HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    attacker.createContext(
        "/",
        exchange -> {
          byte[] body = page.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    attacker.start();
    try (Browser browser = Browser.open()) {
      // The attack's refused requests fail on purpose.
      browser.allowStatus(403).allowStatus(415).allowStatus(400).expectConsoleError("");
      signInAsAdmin(browser);
      long before = writes();
      Page p = browser.page();
      p.navigate("http://127.0.0.1:" + attacker.getAddress().getPort() + "/");
      p.waitForFunction(
          "document.title === 'done'", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
      p.waitForTimeout(1500);

      assertEquals(before, writes(), "no story, event, revision or user changed");
      Api.asAdmin().get("/api/stories/" + slug).then().statusCode(200);
      Api.asAdmin().get("/api/stories/" + trashed).then().statusCode(404);
      assertEquals(1, Api.eventCount(slug));
      assertEquals(victim, CsrfGuardTest.userId("csrf-browser-victim"));
      // Still signed in: the forged sign-out did nothing.
      Page editor = browser.go("/editor");
      assertTrue(editor.url().endsWith("/editor"), "still signed in: " + editor.url());
    } finally {
      attacker.stop(0);
    }
  }

  private static void signInAsAdmin(Browser browser) {
    Page page = browser.go("/editor/login");
    page.getByLabel("User name").fill("admin");
    page.getByLabel("Password").fill(Api.ADMIN_PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    page.waitForURL("**/editor");
  }

  /** Rows that any write would add or change the number of. */
  private static long writes() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Story.count() * 1_000_000_000L
                    + Event.count() * 1_000_000L
                    + Revision.count() * 100
                    + User.count());
  }

  private static String attackPage(
      String app, String slug, List<String> editorActions, List<String> apiWrites) {
    StringBuilder forms = new StringBuilder();
    int i = 0;
    for (String action : editorActions) {
      for (String enctype :
          List.of("application/x-www-form-urlencoded", "text/plain", "multipart/form-data")) {
        i++;
        forms
            .append("<iframe name=\"sink")
            .append(i)
            .append("\"></iframe>")
            .append("<form method=\"post\" enctype=\"")
            .append(enctype)
            .append("\" target=\"sink")
            .append(i)
            .append("\" action=\"")
            .append(app)
            .append(action)
            .append("\">")
            .append(
                "<input name=\"csrf-token\" value=\"forged\"><input name=\"title\" value=\"Forgé\">")
            .append("<input name=\"slug\" value=\"forged-")
            .append(i)
            .append("\"></form>\n");
      }
    }
    String json =
        "{\"slug\":\"forged-api\",\"title\":\"Forgé\",\"language\":\"fr\",\"status\":\"PUBLISHED\"}";
    return """
        <!doctype html><html><head><title>attack</title></head><body>
        %s
        <script>
        const app = %s, editor = %s, api = %s, json = %s;
        async function attempt(url, init) {
          try { await fetch(url, Object.assign({credentials: 'include', mode: 'no-cors'}, init)); } catch (e) {}
        }
        async function run() {
          document.querySelectorAll('form').forEach(f => f.submit());
          for (const path of editor.concat(api)) {
            const url = app + path;
            await attempt(url, {method: 'POST'});
            await attempt(url, {method: 'POST', headers: {'Content-Type': 'text/plain'}, body: 'csrf-token=forged&title=x'});
            await attempt(url, {method: 'POST', body: new URLSearchParams({'csrf-token': 'forged', title: 'Forgé'})});
            const form = new FormData(); form.append('csrf-token', 'forged'); form.append('title', 'Forgé');
            await attempt(url, {method: 'POST', body: form});
            await attempt(url, {method: 'POST', body: json});
            await attempt(url, {method: 'POST', mode: 'cors', headers: {'Content-Type': 'application/json'}, body: json});
            await attempt(url, {method: 'DELETE', mode: 'cors'});
            try { navigator.sendBeacon(url); } catch (e) {}
            try { navigator.sendBeacon(url, json); } catch (e) {}
            try { navigator.sendBeacon(url, new URLSearchParams({'csrf-token': 'forged'})); } catch (e) {}
            try { navigator.sendBeacon(url, new Blob([json], {type: 'application/json'})); } catch (e) {}
          }
          await new Promise(r => setTimeout(r, 1000));
          document.title = 'done';
        }
        run();
        </script></body></html>
        """
        .formatted(forms, quote(app), array(editorActions), array(apiWrites), quote(json));
  }

  private static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static String array(List<String> items) {
    return "[" + String.join(",", items.stream().map(CsrfBrowserTest::quote).toList()) + "]";
  }
}
