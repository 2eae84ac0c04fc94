package org.chronotope.story;

/** Whether readers can see a story or an event: drafts are for editors only. */
public enum PublicationStatus {
  DRAFT,
  PUBLISHED
}
