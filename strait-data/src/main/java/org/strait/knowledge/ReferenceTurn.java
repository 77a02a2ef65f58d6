package org.strait.knowledge;

import java.time.YearMonth;
import org.strait.core.Require;
import org.strait.index.Direction;

/**
 * One major turn of the Japan–South Korea relationship, listed from knowledge and sources before any detector ran on
 * the record: the month an index should show it, which way it went, whether it should last, and why.
 *
 * @param month the month the index should show the turn
 * @param direction up (warmer) or down (colder)
 * @param kind a lasting change of level or a short excursion that reverts
 * @param why what happened, in our own words
 * @param source the documents (and seeds) that establish it
 * @param eventDate the leading event's date, to its precision (a day or a month)
 * @param covered whether the shared event data holds {@code month}
 */
public record ReferenceTurn(YearMonth month, Direction direction, Kind kind, String why, String source,
    PartialDate eventDate, boolean covered) {

  /** Whether a turn should last or revert. */
  public enum Kind {
    /** A lasting change of level. */
    LEVEL,
    /** A one- or two-month excursion beyond the band that reverts. */
    SHOCK
  }

  /** Checks every field: the event is dated to its day or month and falls in the turn's month or the one before. */
  public ReferenceTurn {
    Require.nonNull(month, "month");
    Require.nonNull(direction, "direction");
    Require.nonNull(kind, "kind");
    Require.argument(why != null && !why.isBlank(), "why must not be blank");
    Require.argument(source != null && !source.isBlank(), "source must not be blank");
    Require.nonNull(eventDate, "event date");
    Require.argument(eventDate.precision() != DatePrecision.YEAR,
        "event date %s is known only to its year and cannot place a monthly turn", eventDate);
    YearMonth eventMonth = YearMonth.from(eventDate.start());
    Require.argument(eventMonth.equals(month) || eventMonth.equals(month.minusMonths(1)),
        "event date %s lies neither in the turn's month %s nor in the month before", eventDate, month);
  }
}
