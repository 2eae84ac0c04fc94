package org.chronotope.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.EventInput;
import org.chronotope.event.EventInput.DateInput;
import org.chronotope.event.EventInput.LocationInput;
import org.chronotope.event.EventInput.MediaInput;
import org.chronotope.event.EventInput.SourceInput;
import org.chronotope.event.LocationPrecision;
import org.chronotope.event.SourceKind;
import org.chronotope.event.Verification;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.story.PublicationStatus;
import org.junit.jupiter.api.Test;

/** The snapshot a bulk-created revision writes straight as text is the one the tree path writes. */
@QuarkusTest
class RevisionSnapshotTest {

  @Inject RevisionLog revisions;
  @Inject ObjectMapper json;

  /** What {@link RevisionLog#record} stores: the input as a tree, without version and note. */
  private String viaTree(Object snapshot) {
    ObjectNode state = json.valueToTree(snapshot);
    state.remove("version");
    state.remove("correction");
    return state.toString();
  }

  @Test
  void textSnapshotIsTheTreeSnapshot() throws Exception {
    ObjectNode point = json.createObjectNode();
    point.put("type", "Point");
    point.putArray("coordinates").add(13.1599999).add(-0.000012).add(1e21);
    List<EventInput> inputs =
        List.of(
            new EventInput(
                "Clashes in Gao \"Mali\" — l’État, \u0628\u0627\u0645\u0627\u0643\u0648 \uD83D\uDE00",
                "Notes: <b>bold</b> & a\\backslash\nsecond line\t\u0001",
                new DateInput("2020-03-12", DatePrecision.DAY, "2020-03-12"),
                new DateInput(null, null, ".."),
                "12 March 2020",
                new LocationInput("gao", point, LocationPrecision.EXACT, 2500, 10),
                "battles",
                List.of("Battles", "Armed clash", "JNIM"),
                List.of(
                    new SourceInput(
                        "https://example.org/a?b=c&d=e",
                        "Reuters",
                        "A title",
                        LocalDate.of(2020, 3, 13),
                        SourceKind.NEWS_AGENCY,
                        "AFP",
                        null)),
                List.of(new MediaInput("https://example.org/p.jpg", "cap", null, "alt", null)),
                PublicationStatus.PUBLISHED,
                "MLI1234",
                7L,
                Verification.CONFIRMED,
                "ACLED",
                "a correction note"),
            new EventInput(
                "Bare",
                null,
                new DateInput("1997", DatePrecision.YEAR),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    for (EventInput input : inputs) {
      String text = revisions.stateText(input);
      assertEquals(viaTree(input), text);
      assertFalse(text.contains("\"version\""), text);
      assertFalse(text.contains("\"correction\""), text);
      Revision made = revisions.created(EntityType.EVENT, 1, 2, 0, input.title(), input);
      assertEquals(viaTree(input), made.snapshot);
    }
  }
}
