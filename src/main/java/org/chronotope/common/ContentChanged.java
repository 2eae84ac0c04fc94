package org.chronotope.common;

/**
 * A CDI event fired by work that writes what readers see outside an HTTP request (an import job on
 * the worker thread): readers' cached pages are dropped, here and on every other instance. Writes
 * made by an HTTP request need not fire it: every successful signed-in write request does. Fired
 * inside a transaction, it takes effect when that transaction commits.
 */
public record ContentChanged(String why) {}
