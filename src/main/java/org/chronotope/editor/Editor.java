package org.chronotope.editor;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;
import org.chronotope.account.Roles;

/**
 * The signed-in editor as editor templates see them ({@code inject:editor}): name, role, and the
 * one-time message left by the previous request, which reading clears.
 */
@RequestScoped
@Named("editor")
public class Editor {

  private final SecurityIdentity identity;
  private final RoutingContext routing;
  private final EditorText text;
  private Optional<Shown> flash;

  public Editor(SecurityIdentity identity, RoutingContext routing, EditorText text) {
    this.identity = identity;
    this.routing = routing;
    this.text = text;
  }

  public boolean signedIn() {
    return !identity.isAnonymous();
  }

  public String name() {
    return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
  }

  public boolean admin() {
    return identity.hasRole(Roles.ADMIN);
  }

  /** The role the editor holds, as stored ({@code reporter}, {@code editor}, {@code admin}). */
  public String role() {
    return identity.hasRole(Roles.ADMIN)
        ? Roles.ADMIN
        : identity.hasRole(Roles.EDITOR) ? Roles.EDITOR : Roles.REPORTER;
  }

  /**
   * Editors and admins publish, approve and manage places and the trash; reporters write drafts.
   */
  public boolean canPublish() {
    return identity.hasRole(Roles.EDITOR) || admin();
  }

  /**
   * The message to show once, if any; the cookie that carried it is cleared in the same response.
   */
  public Optional<Shown> flash() {
    if (flash == null) {
      Cookie cookie = routing.request().getCookie(Flash.COOKIE);
      flash =
          (cookie == null ? Optional.<Flash>empty() : Flash.parse(cookie.getValue()))
              .map(
                  f ->
                      new Shown(
                          message(f),
                          f.undo(),
                          f.kind().startsWith("bulk_") || f.kind().equals("paste")
                              ? text.bulk().bulk_undo()
                              : null));
      if (cookie != null) {
        // A plain header: the REST layer writes the response and skips Vert.x's cookie jar.
        routing
            .response()
            .headers()
            .add(
                "Set-Cookie",
                Cookie.cookie(Flash.COOKIE, "")
                    .setPath("/editor")
                    .setMaxAge(0)
                    .setHttpOnly(true)
                    .encode());
      }
    }
    return flash;
  }

  private String message(Flash f) {
    EditorMessages m = text.get();
    BulkMessages b = text.bulk();
    ReviewMessages rv = text.review();
    return switch (f.kind()) {
      case "created" -> m.flash_created(f.title());
      case "deleted" -> m.flash_deleted(f.title());
      case "restored" -> m.flash_restored(f.title());
      case "merged" -> m.flash_merged(f.title());
      case "duplicated" -> m.flash_duplicated(f.title());
      case "unchanged" -> m.flash_unchanged(f.title());
      case "removed" -> m.flash_removed(f.title());
      case "paste" -> b.flash_paste(count(f));
      case "bulk_publish" -> b.flash_bulk_publish(count(f));
      case "bulk_unpublish" -> b.flash_bulk_unpublish(count(f));
      case "bulk_category" -> b.flash_bulk_category(count(f));
      case "bulk_verification" -> b.flash_bulk_verification(count(f));
      case "bulk_trash" -> b.flash_bulk_trash(count(f));
      case "bulk_unchanged" -> b.flash_bulk_unchanged(count(f));
      case "bulk_none" -> b.flash_bulk_none();
      case "bulk_unknown" -> b.flash_bulk_unknown();
      case "bulk_no_source" -> b.flash_bulk_no_source(f.title());
      case "bulk_gone" -> b.flash_bulk_gone(f.title());
      case "bulk_undone" -> b.flash_bulk_undone(count(f));
      case "bulk_undo_stale" -> b.flash_bulk_undo_stale(f.title());
      case "bulk_undo_done" -> b.flash_bulk_undo_done();
      case "submitted" -> rv.flash_submitted(f.title());
      case "approved" -> rv.flash_approved(f.title());
      case "sent-back" -> rv.flash_sent_back(f.title());
      case "review-refused" -> rv.flash_review_refused(f.title());
      default -> m.flash_saved(f.title());
    };
  }

  /** A bulk action's count, carried as the message's title. */
  private static int count(Flash f) {
    return f.title().matches("\\d{1,9}") ? Integer.parseInt(f.title()) : 0;
  }

  /**
   * A flash message as the page shows it; {@code undoLabel} names its Undo when the default does
   * not fit.
   */
  public record Shown(String text, String undo, String undoLabel) {}
}
