package org.strait.ingest.quad;

import java.time.LocalDate;

/**
 * A fast, strict parser of calendar dates written {@code YYYY-MM-DD}, as event files write them; it accepts exactly
 * what {@link LocalDate#parse} accepts for four-digit years, without the cost of a formatter per row.
 */
public final class IsoDates {
  private IsoDates() {}

  /** Returns the date, or null when the text is not a valid date {@code YYYY-MM-DD}. */
  public static LocalDate parse(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1) {
      return null;
    }
    boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int length = month == 2 ? (leap ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
    return day <= length ? LocalDate.of(year, month, day) : null;
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
