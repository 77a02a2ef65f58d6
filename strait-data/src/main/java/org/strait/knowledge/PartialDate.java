package org.strait.knowledge;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strait.core.Require;

/**
 * A date known to a day, a month or a year, written in reduced-precision ISO 8601 form ({@code 1998-10-08},
 * {@code 1998-10} or {@code 1998}).
 *
 * @param start the first day the date covers
 * @param precision how much of the date is known
 */
public record PartialDate(LocalDate start, DatePrecision precision) implements Comparable<PartialDate> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** Checks that the start is the first day of its month or year when the precision is coarser than a day. */
  public PartialDate {
    Require.nonNull(start, "start");
    Require.nonNull(precision, "precision");
    Require.argument(precision == DatePrecision.DAY || start.getDayOfMonth() == 1,
        "a %s-precision date must start on day 1, was %s", precision, start);
    Require.argument(precision != DatePrecision.YEAR || start.getMonthValue() == 1,
        "a year-precision date must start in January, was %s", start);
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException naming the text when it has another form or names an impossible date
   */
  public static PartialDate parse(String text) {
    Require.argument(text != null, "date must not be null");
    Matcher m = FORM.matcher(text.trim());
    Require.argument(m.matches(), "date '%s' is not YYYY, YYYY-MM or YYYY-MM-DD", text);
    int year = Integer.parseInt(m.group(1));
    try {
      if (m.group(2) == null) {
        return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
      }
      return new PartialDate(LocalDate.of(year, month, Integer.parseInt(m.group(3))), DatePrecision.DAY);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("date '" + text + "' does not exist: " + e.getMessage(), e);
    }
  }

  /** Returns the last day the date covers. */
  public LocalDate end() {
    return switch (precision) {
      case DAY -> start;
      case MONTH -> YearMonth.from(start).atEndOfMonth();
      case YEAR -> start.withDayOfYear(start.lengthOfYear());
    };
  }

  /** Tells whether the covered days overlap the closed interval {@code [from, to]}. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !end().isBefore(from) && !start.isAfter(to);
  }

  @Override
  public int compareTo(PartialDate other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : precision.compareTo(other.precision);
  }

  /** Returns the reduced-precision ISO form the date was written in. */
  @Override
  public String toString() {
    return switch (precision) {
      case DAY -> start.toString();
      case MONTH -> YearMonth.from(start).toString();
      case YEAR -> String.valueOf(start.getYear());
    };
  }
}
