package org.chronotope.event;

import io.quarkus.qute.TemplateData;

/**
 * How long an event's texts and lists may be: the API validates {@link EventInput} with them and
 * the editor's form reader says them in the editor's words, so both refuse the same input; forms
 * read them as {@code {limits:TITLE}} for their {@code maxlength}.
 */
@TemplateData(namespace = "limits")
public final class EventLimits {

  public static final int TITLE = 500;
  public static final int BODY = 100_000;
  public static final int DISPLAY_DATE = 200;
  public static final int CATEGORY = 64;

  /** Tags, sources and media, each. */
  public static final int ITEMS = 50;

  public static final int TAG = 100;
  public static final int EXTERNAL_ID = 200;
  public static final int CLAIMED_BY = 300;
  public static final int URL = 2000;
  public static final int PUBLISHER = 300;
  public static final int SOURCE_TITLE = 500;
  public static final int ATTRIBUTION = 300;
  public static final int CAPTION = 2000;
  public static final int CREDIT = 500;
  public static final int ALT_TEXT = 1000;

  private EventLimits() {}
}
