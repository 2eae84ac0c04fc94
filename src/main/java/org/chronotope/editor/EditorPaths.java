package org.chronotope.editor;

/**
 * The addresses of the editor's pages, written once: the page classes' redirects and links build
 * them here instead of repeating {@code "/editor/…"} strings.
 */
public final class EditorPaths {

  /** The editor's home: the list of stories. */
  public static final String HOME = "/editor";

  public static final String REVIEWS = HOME + "/reviews";
  public static final String USERS = HOME + "/users";
  public static final String PLACES = HOME + "/places";
  public static final String TRASH = HOME + "/trash";

  private EditorPaths() {}

  /** A story's page in the editor. */
  public static String story(String slug) {
    return HOME + "/stories/" + slug;
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
