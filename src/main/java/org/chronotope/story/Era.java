package org.chronotope.story;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.EventDate;

/** A named period of a story, drawn as a band on the timeline: "the captivity". */
@Embeddable
public class Era {

  @Column(nullable = false, length = 300)
  public String label;

  @Column(name = "start_epoch", nullable = false)
  long startEpoch;

  @Enumerated(EnumType.STRING)
  @Column(name = "start_precision", nullable = false, length = 8)
  DatePrecision startPrecision;

  @Column(name = "end_epoch", nullable = false)
  long endEpoch;

  @Enumerated(EnumType.STRING)
  @Column(name = "end_precision", nullable = false, length = 8)
  DatePrecision endPrecision;

  protected Era() {}

  public Era(String label, EventDate start, EventDate end) {
    if (end.compareTo(start) < 0) {
      throw new IllegalArgumentException("an era cannot end before it starts");
    }
    this.label = label;
    this.startEpoch = start.epochSecond();
    this.startPrecision = start.precision();
    this.endEpoch = end.epochSecond();
    this.endPrecision = end.precision();
  }

  public EventDate start() {
    return EventDate.ofEpochSecond(startEpoch, startPrecision);
  }

  public EventDate end() {
    return EventDate.ofEpochSecond(endEpoch, endPrecision);
  }
}
