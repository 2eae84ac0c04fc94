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
 * of what readers and embeds see (a published tour's changes too). Drafts and trashed events do not
 * enter it, so an unchanged tag tells a reader nothing about drafts.
 */
@ApplicationScoped
public class StoryFingerprint {

  /** The fingerprint of {@code story} combined with {@code variant} (language, options, query). */
  public String of(Story story, String variant) {
    // The sum of ids tells apart "one event published, another unpublished" in the same moment.
    Object[] events =
        Story.getEntityManager()
            .createQuery(
                "select count(e), max(e.updatedAt), sum(e.id) from Event e where e.story = :story"
                    + " and e.status = :published and e.deletedAt is null",
                Object[].class)
            .setParameter("story", story)
            .setParameter("published", PublicationStatus.PUBLISHED)
            .getSingleResult();
    // Published tours show in the page too (the tour package owns them; one count here, in SQL).
    Object[] tours =
        (Object[])
            Story.getEntityManager()
                .createNativeQuery(
                    "select count(*), max(updated_at) from tour where story_id = ?1 and status = 'PUBLISHED'"
                        + " and deleted_at is null")
                .setParameter(1, story.id)
                .getSingleResult();
    Instant lastEdit = (Instant) events[1];
    String state =
        story.id
            + "/"
            + story.version
            + "/"
            + story.updatedAt.toEpochMilli()
            + "/"
            + events[0]
            + "/"
            + (lastEdit == null ? 0 : lastEdit.toEpochMilli())
            + "/"
            + events[2]
            + "/"
            + tours[0]
            + "/"
            + tours[1]
            + "/"
            + variant;
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
