package org.strait.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strait.core.Dyad;
import org.strait.store.EventQuery;
import org.strait.store.StoreReader;

/**
 * The events of a pair per source and year, the first thing the demo says of a store: every event of the pair
 * (both directions) and the strict count (the country entities themselves).
 */
public final class EventCounts {
  private EventCounts() {}

  /**
   * One source's events of the pair in one year.
   *
   * @param source the source label
   * @param year the year
   * @param events the events of the pair, both directions
   * @param strict those between the country entities themselves
   */
  public record SourceYear(String source, int year, long events, long strict) {}

  /**
   * Returns the pair's events per source and year over the years the store holds events in, sources sorted and
   * years rising, years without an event of the pair left out; empty when the store holds no event.
   *
   * @throws StoreException when the store cannot be read
   */
  public static Optional<List<SourceYear>> perSourceAndYear(StoreReader store, Dyad dyad) {
    Window span;
    try {
      span = StoreSpan.of(store);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    List<SourceYear> rows = new ArrayList<>();
    for (String source : store.sources()) {
      for (int year = span.start().getYear(); year <= span.end().getYear(); year++) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        long all = store.count(new EventQuery(dyad, from, to, source, false));
        if (all > 0) {
          rows.add(new SourceYear(source, year, all, store.count(new EventQuery(dyad, from, to, source, true))));
        }
      }
    }
    return Optional.of(rows);
  }
}
