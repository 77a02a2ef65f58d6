package org.strait.store;

import java.time.LocalDate;
import org.strait.core.Dyad;
import org.strait.core.Require;
import org.strait.ingest.EventDates;

/**
 * A selection of stored events: a pair of countries in both directions, a date range, optionally one source, and
 * whether only the countries themselves count as actors ("strict") or every actor that resolves to them.
 *
 * @param dyad the pair; events in either direction are selected
 * @param from the first day, inclusive, or null for no lower bound
 * @param to the last day, inclusive, or null for no upper bound
 * @param source the source label, or null for every source
 * @param strict true to select only events between the two country entities themselves
 */
public record EventQuery(Dyad dyad, LocalDate from, LocalDate to, String source, boolean strict) {
  /** Checks the range. */
  public EventQuery {
    Require.nonNull(dyad, "dyad");
    Require.argument(from == null || EventDates.plausible(from), "--from %s is outside %s, the dates events have",
        from, EventDates.RANGE);
    Require.argument(to == null || EventDates.plausible(to), "--to %s is outside %s, the dates events have", to,
        EventDates.RANGE);
    Require.argument(from == null || to == null || !from.isAfter(to), "--from %s is after --to %s", from, to);
  }
}
