package org.strait.index;

import java.time.LocalDate;
import org.strait.core.Require;

/**
 * A dated entry of a chronicle that annotates a turning point, with the source that documents it.
 *
 * @param date the day of the event
 * @param title what happened, in one line
 * @param source where the entry comes from (a seed, a named public document)
 */
public record Note(LocalDate date, String title, String source) {
  /** Checks every field. */
  public Note {
    Require.nonNull(date, "note date");
    Require.argument(title != null && !title.isBlank(), "note title must not be blank");
    Require.argument(source != null && !source.isBlank(), "note source must not be blank (%s)", title);
  }
}
