package org.strait.store;

import java.time.YearMonth;
import org.strait.core.Require;

/**
 * The first and last month of something the store holds (events, monthly totals), both inclusive.
 *
 * @param first the first month
 * @param last the last month, not before {@code first}
 */
public record MonthSpan(YearMonth first, YearMonth last) {
  /** Checks. */
  public MonthSpan {
    Require.nonNull(first, "first month");
    Require.nonNull(last, "last month");
    Require.argument(!last.isBefore(first), "the span %s..%s is reversed", first, last);
  }

  /** Returns {@code {first, last}}, the form the windows of the fit take. */
  public YearMonth[] toArray() {
    return new YearMonth[] {first, last};
  }
}
