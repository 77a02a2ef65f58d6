package org.strait.model;

import java.time.YearMonth;

/** Month arithmetic on {@link YearMonth}: counts of whole months between two months. */
final class Months {
  private Months() {}

  /** Returns the number of months from {@code a} to {@code b} (negative when {@code b} is earlier). */
  static long between(YearMonth a, YearMonth b) {
    return index(b) - index(a);
  }

  /** Returns months since 0000-01, a dense index of months. */
  static long index(YearMonth m) {
    return m.getYear() * 12L + m.getMonthValue() - 1;
  }
}
