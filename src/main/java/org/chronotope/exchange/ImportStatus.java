package org.chronotope.exchange;

/** Where an import job is: waiting, running, or done with one of three outcomes. */
public enum ImportStatus {
  /** Waiting for a worker. */
  QUEUED,
  RUNNING,
  /** Written (or, for a dry run, checked and ready to commit). */
  SUCCEEDED,
  /** Records were rejected: nothing was written; the report says why. */
  REJECTED,
  /** Something unexpected went wrong: nothing was written. */
  FAILED;

  public boolean isDone() {
    return this == SUCCEEDED || this == REJECTED || this == FAILED;
  }
}
