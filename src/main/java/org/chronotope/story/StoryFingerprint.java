package org.chronotope.story;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A short text that changes whenever a story or any of its events changes (an edit, an event
 * added, moved to the trash or restored), for HTTP entity tags of what readers and embeds see.
 */
@ApplicationScoped
public class StoryFingerprint {

  /** The fingerprint of {@code story} combined with {@code variant} (language, options, query). */
  public String of(Story story, String variant) {
    Object[] events = Story.getEntityManager()
        .createQuery("select count(e), max(e.updatedAt) from Event e where e.story = :story", Object[].class)
        .setParameter("story", story)
        .getSingleResult();
    Instant lastEdit = (Instant) events[1];
    String state = story.id + "/" + story.version + "/" + story.updatedAt.toEpochMilli() + "/" + events[0] + "/"
        + (lastEdit == null ? 0 : lastEdit.toEpochMilli()) + "/" + variant;
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
