package org.strait.knowledge;

import java.time.LocalDate;
import org.strait.core.Country;
import org.strait.core.Require;

/**
 * A national election.
 *
 * @param country where it was held
 * @param date polling day
 * @param kind {@code presidential}, {@code legislative} (Korea's National Assembly) or {@code general} (Japan's House
 *     of Representatives)
 * @param winner the winning candidate, or the party that won most seats
 * @param source a named public document
 * @param confidence how sure the date and winner are
 */
public record Election(Country country, LocalDate date, String kind, String winner, String source,
    Confidence confidence) {
  /** Checks every field. */
  public Election {
    Require.nonNull(country, "country");
    Require.nonNull(date, "date");
    Require.argument(kind != null && kind.matches("presidential|legislative|general"),
        "election kind must be presidential, legislative or general, was '%s'", kind);
    Require.argument(winner != null && !winner.isBlank(), "winner must not be blank");
    Require.argument(source != null && !source.isBlank(), "source must not be blank");
    Require.nonNull(confidence, "confidence");
  }
}
