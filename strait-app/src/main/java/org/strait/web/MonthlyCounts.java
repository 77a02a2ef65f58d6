package org.strait.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.strait.core.Dyad;
import org.strait.store.EventQuery;
import org.strait.store.MonthSpan;
import org.strait.store.StoreReader;

/**
 * Monthly event counts of a pair, two ways: {@link #grouped} in one {@code GROUP BY} query (broad selection only),
 * and {@link #perMonth} by one {@link StoreReader#count} per month, which follows the store's own definition of
 * every selection (strict included) and can report progress and stop between months. Tests check that the two
 * agree.
 */
final class MonthlyCounts {
  /** The most months one request may ask for (50 years). */
  static final int MAX_MONTHS = 600;

  /** Hears each month counted, and answers whether to go on (false stops the count). */
  interface Progress {
    boolean counted(int done, int total, YearMonth month);
  }

  private MonthlyCounts() {}

  /** Returns the months {@code from..to} inclusive. */
  static List<YearMonth> months(YearMonth from, YearMonth to) {
    List<YearMonth> out = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      out.add(m);
    }
    return out;
  }

  /** Returns the first and last month with a stored event of the pair (either direction), or null when none. */
  static YearMonth[] extent(StoreReader store, Dyad dyad, String source) {
    return store.pairMonths(dyad, source).map(MonthSpan::toArray).orElse(null);
  }

  /** Counts the broad selection ({@code strict} false) of every month {@code from..to} in one query. */
  static MonthlySeries grouped(StoreReader store, Dyad dyad, String source, YearMonth from, YearMonth to) {
    java.util.SortedMap<YearMonth, Long> found = store.monthlyCounts(dyad, source, from, to);
    List<String> months = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    long total = 0;
    for (YearMonth m : months(from, to)) {
      long n = found.getOrDefault(m, 0L);
      months.add(m.toString());
      counts.add(n);
      total += n;
    }
    return new MonthlySeries(dyad.toString(), false, source, months, counts, total);
  }

  /**
   * Counts every month {@code from..to} with one store query each, reporting each month to {@code progress}.
   *
   * @return the series, or null when {@code progress} asked to stop
   */
  static MonthlySeries perMonth(StoreReader store, EventQuery base, YearMonth from, YearMonth to, Progress progress) {
    List<YearMonth> all = months(from, to);
    List<String> months = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    long total = 0;
    for (YearMonth m : all) {
      LocalDate first = m.atDay(1);
      LocalDate last = m.atEndOfMonth();
      long n = store.count(new EventQuery(base.dyad(), first, last, base.source(), base.strict()));
      months.add(m.toString());
      counts.add(n);
      total += n;
      if (!progress.counted(months.size(), all.size(), m)) {
        return null;
      }
    }
    return new MonthlySeries(base.dyad().toString(), base.strict(), base.source(), months, counts, total);
  }
}
