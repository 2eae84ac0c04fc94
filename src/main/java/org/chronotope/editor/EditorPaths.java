package org.chronotope.editor;

import io.quarkus.qute.TemplateExtension;

/**
 * The addresses of the editor's pages, written once: the page classes' redirects and links build
 * them here, and templates through the {@code paths:} namespace ({@code {paths:story(story.slug)}},
 * {@code {paths:places}/new}), instead of repeating {@code "/editor/…"} strings.
 */
@TemplateExtension(namespace = "paths")
public final class EditorPaths {

  /** The editor's home: the list of stories. */
  public static final String HOME = "/editor";

  public static final String REVIEWS = HOME + "/reviews";
  public static final String USERS = HOME + "/users";
  public static final String PLACES = HOME + "/places";
  public static final String TRASH = HOME + "/trash";

  private EditorPaths() {}

  /** The editor's home, for templates ({@code {paths:home}}). */
  public static String home() {
    return HOME;
  }

  /** Where new stories are made: {@code {paths:stories}/new}. */
  public static String stories() {
    return HOME + "/stories";
  }

  public static String reviews() {
    return REVIEWS;
  }

  public static String users() {
    return USERS;
  }

  public static String places() {
    return PLACES;
  }

  public static String trash() {
    return TRASH;
  }

  public static String login() {
    return HOME + "/login";
  }

  public static String logout() {
    return HOME + "/logout";
  }

  /** A user's account in the editor; its actions are below it ({@code /role}, {@code /delete}). */
  public static String user(long id) {
    return USERS + "/" + id;
  }

  /** One saved revision, to compare and restore. */
  public static String revision(long id) {
    return HOME + "/revisions/" + id;
  }

  /** A story's page in the editor. */
  public static String story(String slug) {
    return stories() + "/" + slug;
  }

  public static String storyEdit(String slug) {
    return story(slug) + "/edit";
  }

  public static String storyHistory(String slug) {
    return story(slug) + "/history";
  }

  /** An event's form. */
  public static String event(long id) {
    return HOME + "/events/" + id;
  }

  public static String eventHistory(long id) {
    return event(id) + "/history";
  }

  public static String place(String slug) {
    return PLACES + "/" + slug;
  }

  /** Where a deleted story is restored from the trash. */
  public static String restoreStory(String slug) {
    return TRASH + "/stories/" + slug + "/restore";
  }

  /** Where a deleted event is restored from the trash. */
  public static String restoreEvent(long id) {
    return TRASH + "/events/" + id + "/restore";
  }
}
