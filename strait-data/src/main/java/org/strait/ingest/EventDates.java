package org.strait.ingest;

import java.time.LocalDate;

/**
 * The one range of dates an event may have, in every reader and every query: 1900-01-01 to 2100-12-31. Event data
 * begins in 1979 (GDELT's back-files) and cannot lie far in the future; a row dated outside the range is a bad row,
 * rejected with reason {@code bad-date} ({@code bad-time} in id-form quadruples), so that one stray row dated
 * 9999-12-31 cannot stretch every index to the year 9999.
 */
public final class EventDates {
  /** The first day an event may have. */
  public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  /** The last day an event may have. */
  public static final LocalDate LAST = LocalDate.of(2100, 12, 31);
  /** The range as the rejections and errors word it. */
  public static final String RANGE = FIRST + " to " + LAST;

  private EventDates() {}

  /** Tells whether an event may have this date. */
  public static boolean plausible(LocalDate date) {
    return !date.isBefore(FIRST) && !date.isAfter(LAST);
  }
}
