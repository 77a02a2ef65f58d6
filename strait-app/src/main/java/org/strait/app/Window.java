package org.strait.app;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.strait.core.Require;

/**
 * A range of months, both ends included: a training or test window, a store's span, the months of a forecast.
 *
 * @param start the first month
 * @param end the last month, not before {@code start}
 */
public record Window(YearMonth start, YearMonth end) {
  /** Checks. */
  public Window {
    Require.nonNull(start, "first month");
    Require.nonNull(end, "last month");
    Require.argument(!end.isBefore(start), "the window %s..%s ends before it starts", start, end);
  }

  /**
   * Parses {@code YYYY-MM..YYYY-MM}, the form of every window option ({@code --train}, {@code --test}).
   *
   * @param option the option's name, for the message
   * @throws IllegalArgumentException naming the option when the text is not a window or ends before it starts
   */
  public static Window parse(String option, String text) {
    String[] parts = text.split("\\.\\.", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(option + " must be YYYY-MM..YYYY-MM, was '" + text + "'");
    }
    try {
      YearMonth a = YearMonth.parse(parts[0].trim());
      YearMonth b = YearMonth.parse(parts[1].trim());
      if (b.isBefore(a)) {
        throw new IllegalArgumentException(option + " ends (" + b + ") before it starts (" + a + ")");
      }
      return new Window(a, b);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " must be YYYY-MM..YYYY-MM, was '" + text + "'", e);
    }
  }

  /** Returns the number of months, both ends counted. */
  public long months() {
    return start.until(end, ChronoUnit.MONTHS) + 1;
  }

  /** Tells whether {@code other} lies wholly inside this window. */
  public boolean contains(Window other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /** Returns the last {@code n} months of this window (all of it when it is shorter). */
  public Window last(long n) {
    YearMonth from = end.minusMonths(n - 1);
    return new Window(from.isBefore(start) ? start : from, end);
  }

  /** Returns {@code YYYY-MM..YYYY-MM}. */
  @Override
  public String toString() {
    return start + ".." + end;
  }
}
