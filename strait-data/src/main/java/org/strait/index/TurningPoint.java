package org.strait.index;

import java.time.LocalDate;
import java.util.List;
import org.strait.core.Require;

/**
 * A turning point found in an index: a change of level (the first period at the new level) or a shock (a one- or
 * two-period excursion that reverts), its direction and confidence, with the chronicle's notes near it.
 *
 * @param start the first day of the turning point's first period
 * @param label that period's label
 * @param kind a lasting change of level, or a shock
 * @param periods how many periods it spans: 1 for a change of level, 1 or 2 for a shock
 * @param direction up (more cooperative) or down
 * @param measure the measure it was found in: the mean Goldstein score or the net cooperation share
 * @param confidence 1 minus the expected number of false alarms per year at least this strong in series without
 *     any turn simulated from the fitted model (0 to 1)
 * @param statistic the auxiliary residual that found it (standard normal under the model)
 * @param events the number of events in the first period
 * @param before the level of {@code measure} before (Goldstein points, or the net share −1…1)
 * @param after for a change of level the level from this period on; for a shock the mean of its periods' values of
 *     {@code measure}
 * @param notes the chronicle's notes within one month of the period
 */
public record TurningPoint(LocalDate start, String label, Kind kind, int periods, Direction direction,
                           Measure measure, double confidence, double statistic, long events, double before, double after,
                           List<Note> notes) {
  /** Checks and copies. */
  public TurningPoint {
    Require.nonNull(start, "start");
    Require.nonNull(label, "label");
    Require.nonNull(kind, "kind");
    Require.argument(periods == 1 || kind == Kind.SHOCK && periods == 2, "a %s spans 1%s periods, was %s", kind,
        kind == Kind.SHOCK ? " or 2" : "", periods);
    Require.nonNull(direction, "direction");
    Require.nonNull(measure, "measure");
    Require.argument(confidence >= 0 && confidence <= 1, "confidence must be within 0 and 1, was %s", confidence);
    Require.argument(direction == (after > before ? Direction.UP : Direction.DOWN),
        "direction %s does not match %s -> %s", direction, before, after);
    notes = List.copyOf(notes);
  }
}
