package org.strait.knowledge;

import java.time.LocalDate;
import org.strait.core.Require;

/**
 * One holder's time in an office.
 *
 * @param office the office
 * @param person the holder's name in its usual English form
 * @param start the first day in office (inauguration or appointment)
 * @param end the day the term ended (the successor's first day, or the day before it), or null while in office
 * @param acting true for an acting holder between two regular terms
 * @param party the party at the start of the term (Seoul and Tokyo; may be blank elsewhere)
 * @param orientation conservative, progressive or centrist (Seoul and Tokyo), or null elsewhere
 * @param source a named public document or seed
 * @param confidence how sure the dates are
 */
public record Term(Office office, String person, LocalDate start, LocalDate end, boolean acting, String party,
    Orientation orientation, String source, Confidence confidence) {
  /** Checks every field. */
  public Term {
    Require.nonNull(office, "office");
    Require.argument(person != null && !person.isBlank(), "person must not be blank");
    Require.nonNull(start, "start");
    Require.argument(end == null || !end.isBefore(start), "term of %s ends (%s) before it starts (%s)",
        person, end, start);
    party = party == null ? "" : party;
    Require.argument(source != null && !source.isBlank(), "source must not be blank");
    Require.nonNull(confidence, "confidence");
  }

  /** Tells whether the holder was in office on the day (the last day counts). */
  public boolean covers(LocalDate day) {
    return !day.isBefore(start) && (end == null || !day.isAfter(end));
  }
}
