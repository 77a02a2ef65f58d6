package org.strait.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.strait.store.MonthSpan;
import org.strait.store.StoreReader;

/**
 * The bounds on what one request may ask for, so that no request costs more than a bounded computation: every
 * month and day a request names lies within {@link #FIRST_MONTH}..{@link #LAST_MONTH} (the calendar no event file
 * plausibly leaves), and an index covers at most {@link #MAX_INDEX_MONTHS} months, open ends taken from the store.
 * Each violation is a 400 whose message states the limit.
 */
final class RequestLimits {
  /** The first month a request may name. */
  static final YearMonth FIRST_MONTH = YearMonth.of(1800, 1);
  /** The last month a request may name. */
  static final YearMonth LAST_MONTH = YearMonth.of(2999, 12);
  /** The most months of one index or turning-point request (100 years). */
  static final int MAX_INDEX_MONTHS = 1_200;

  private RequestLimits() {}

  /** Returns why {@code month} may not be asked for, or null when it may. */
  static String monthProblem(YearMonth month) {
    return month.isBefore(FIRST_MONTH) || month.isAfter(LAST_MONTH)
        ? "month " + month + " is outside the months a request may name, " + range() : null;
  }

  /** Returns why {@code day} may not be asked for, or null when it may. */
  static String dateProblem(LocalDate day) {
    return day.isBefore(FIRST_MONTH.atDay(1)) || day.isAfter(LAST_MONTH.atEndOfMonth())
        ? "date " + day + " is outside the months a request may name, " + range() : null;
  }

  /** Returns {@code FIRST..LAST}, as messages show it. */
  static String range() {
    return FIRST_MONTH + ".." + LAST_MONTH;
  }

  /** Returns the number of months {@code from..to} inclusive (0 when {@code to} is before {@code from}). */
  static long span(YearMonth from, YearMonth to) {
    return Math.max(0, ChronoUnit.MONTHS.between(from, to) + 1);
  }

  /** Returns why {@code from..to} is too long for {@code max} months, or null when it is not. */
  static String spanProblem(YearMonth from, YearMonth to, int max) {
    long months = span(from, to);
    return months > max ? from + ".." + to + " covers " + months + " months; at most " + max
        + " months per request" : null;
  }

  /**
   * Checks that an index of {@code from..to} covers at most {@link #MAX_INDEX_MONTHS} months, an open end (null)
   * being the store's first or last month with events (of {@code source} when given). A store without events passes.
   *
   * @throws ValidationException naming the field of the open or given end, and the limit
   */
  static void indexSpan(StoreReader store, YearMonth from, YearMonth to, String source) {
    YearMonth first = from;
    YearMonth last = to;
    if (first == null || last == null) {
      MonthSpan extent = store.rowMonths(source).orElse(null);
      if (extent == null) {
        return;
      }
      first = first != null ? first : extent.first();
      last = last != null ? last : extent.last();
    }
    String problem = spanProblem(first, last, MAX_INDEX_MONTHS);
    if (problem != null) {
      throw new ValidationException(from == null ? "from" : "to", problem
          + (from == null || to == null ? " (an end not given is the store's first or last month)" : ""));
    }
  }
}
