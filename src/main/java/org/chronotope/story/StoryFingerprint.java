package org.chronotope.story;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A short text that changes whenever what readers see of a story changes (the story edited, a
 * published event edited, added, unpublished, moved to the trash or restored), for HTTP entity tags
 * of what readers and embeds see. Drafts and trashed events do not enter it, so an unchanged tag
 * tells a reader nothing about drafts.
 */
@ApplicationScoped
public class StoryFingerprint {

  /** The fingerprint of {@code story} combined with {@code variant} (language, options, query). */
  public String of(Story story, String variant) {
    // The sum of ids tells apart "one event published, another unpublished" in the same moment.
    Object[] events = Story.getEntityManager()
        .createQuery("select count(e), max(e.updatedAt), sum(e.id) from Event e where e.story = :story"
            + " and e.status = :published and e.deletedAt is null", Object[].class)
        .setParameter("story", story)
        .setParameter("published", PublicationStatus.PUBLISHED)
        .getSingleResult();
    Instant lastEdit = (Instant) events[1];
    String state = story.id + "/" + story.version + "/" + story.updatedAt.toEpochMilli() + "/" + events[0] + "/"
        + (lastEdit == null ? 0 : lastEdit.toEpochMilli()) + "/" + events[2] + "/" + variant;
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
