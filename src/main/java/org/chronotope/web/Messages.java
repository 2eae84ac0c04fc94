package org.chronotope.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The reader interface's words, in English here and in other languages in
 * {@code messages/msg_LANG.properties}; templates use them as {@code {msg:key}}. Other features keep
 * their own bundles under their own names.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

  @Message("Chronotope")
  String site_name();

  @Message("News stories told as a map and a timeline")
  String site_tagline();

  @Message("Skip to content")
  String skip_to_content();

  @Message("Main navigation")
  String nav_label();

  @Message("Stories")
  String nav_stories();

  @Message("Language")
  String language_label();

  @Message("Chronotope — news stories in time and space.")
  String footer();

  @Message("Stories")
  String index_title();

  @Message("Follow a news story through its events, on a map and a timeline.")
  String index_intro();

  @Message("No story has been published yet.")
  String index_empty();

  @Message("{count} {#if count == 1}event{#else}events{/if}")
  String event_count(long count);

  @Message("From {from} to {to}")
  String covers(String from, String to);

  @Message("Read the story")
  String read_story();
}
