package org.chronotope.event;

import java.util.List;
import org.chronotope.common.Text;
import org.chronotope.common.Validation;
import org.chronotope.event.EventInput.SourceInput;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;

/**
 * The rules of sources and verification that every write of an event obeys, whatever its edge (API,
 * form, import, restore): a story that requires sources publishes no event without one; a claimant
 * is named only for a claim; an archived copy is an http or https address.
 */
public final class TrustRules {

  private TrustRules() {}

  /** Rejects into {@code v} what breaks the rules, each naming its field. */
  static void check(Story story, EventInput in, Validation v) {
    if (lacksRequiredSource(story, in)) {
      v.reject(
          "sources",
          "this story publishes no event without a source: add one, or save it as a draft");
    }
    if (!Text.isBlank(in.claimedBy()) && verification(in) != Verification.CLAIMED) {
      v.reject(
          "claimedBy",
          "only a CLAIMED event names who claims it (verification is " + verification(in) + ")");
    }
    for (int i = 0; i < in.sources().size(); i++) {
      String archive = Text.trimToNull(in.sources().get(i).archiveUrl());
      if (archive != null && !archive.matches(EventInput.HTTP_URL)) {
        v.reject("sources[" + i + "].archiveUrl", EventInput.HTTP_URL_MESSAGE);
      }
    }
  }

  /** Whether {@code story} would refuse to publish {@code in} for want of a source. */
  public static boolean lacksRequiredSource(Story story, EventInput in) {
    return in.status() == PublicationStatus.PUBLISHED
        && story.sourcesRequired
        && !hasSource(in.sources());
  }

  /** The verification an input asks for; the default when it says none. */
  static Verification verification(EventInput in) {
    return in.verification() == null ? Verification.DEFAULT : in.verification();
  }

  /**
   * Whether one of the sources says something: an address, a publisher, a title or whose word it
   * is.
   */
  static boolean hasSource(List<SourceInput> sources) {
    return sources.stream()
        .anyMatch(
            s ->
                s != null
                    && !(Text.isBlank(s.url())
                        && Text.isBlank(s.publisher())
                        && Text.isBlank(s.title())
                        && Text.isBlank(s.attribution())));
  }
}
