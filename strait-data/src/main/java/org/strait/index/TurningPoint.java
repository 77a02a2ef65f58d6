package org.strait.index;

import java.time.LocalDate;
import java.util.List;
import org.strait.core.Require;

/**
 * A change of level found in an index: the first period of the new level, its direction and the confidence that it
 * is not noise, with the chronicle's notes near it.
 *
 * @param start the first day of the first period at the new level
 * @param label that period's label
 * @param direction up or down
 * @param confidence 1 minus the probability that a series without any change shows a change this large (0 to 1)
 * @param events the number of events in that period
 * @param before the mean level of the segment before (Goldstein points)
 * @param after the mean level of the segment from this period on
 * @param notes the chronicle's notes within one month of the period
 */
public record TurningPoint(LocalDate start, String label, Direction direction, double confidence, long events,
                           double before, double after, List<Note> notes) {
  /** Checks and copies. */
  public TurningPoint {
    Require.nonNull(start, "start");
    Require.nonNull(label, "label");
    Require.nonNull(direction, "direction");
    Require.argument(confidence >= 0 && confidence <= 1, "confidence must be within 0 and 1, was %s", confidence);
    Require.argument(direction == (after > before ? Direction.UP : Direction.DOWN),
        "direction %s does not match %s -> %s", direction, before, after);
    notes = List.copyOf(notes);
  }
}
