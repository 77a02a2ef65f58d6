package org.strait.index;

import java.time.LocalDate;
import java.time.YearMonth;
import org.strait.core.Require;

/**
 * A dated entry of a chronicle that annotates a turning point, with the source that documents it.
 *
 * @param date the first day the event's date covers (the day itself when it is known to the day)
 * @param when the date as precisely as it is known, as printed: {@code 2012-08-10}, or {@code 2012-08} for an event
 *     known to its month (never a false day)
 * @param title what happened, in one line
 * @param source where the entry comes from (a seed, a named public document)
 */
public record Note(LocalDate date, String when, String title, String source) {
  /** Checks every field. */
  public Note {
    Require.nonNull(date, "note date");
    Require.argument(date.toString().equals(when) || date.getDayOfMonth() == 1 && YearMonth.from(date).toString()
        .equals(when), "note date '%s' must be %s or, for a month-precision date, its month", when, date);
    Require.argument(title != null && !title.isBlank(), "note title must not be blank");
    Require.argument(source != null && !source.isBlank(), "note source must not be blank (%s)", title);
  }

  /** Returns a note of an event known to the day. */
  public Note(LocalDate date, String title, String source) {
    this(date, date == null ? null : date.toString(), title, source);
  }
}
