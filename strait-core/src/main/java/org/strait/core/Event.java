package org.strait.core;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One coded political event: who did what to whom, when, as one source recorded it.
 *
 * <p>Counts and tone are the source's own and are {@code -1} / {@code NaN} where the source has none (ICEWS has no
 * mention counts; quadruple files have no tone).
 *
 * @param source the dataset the event came from (e.g. {@code "gdelt2"}, {@code "icews14"})
 * @param sourceEventId the source's id for the event, or null where the source has none
 * @param date the day the event took place
 * @param actor1 the acting side
 * @param actor2 the side acted upon
 * @param cameo the CAMEO event code
 * @param quadClass the quad class, from the source or from the root code
 * @param goldstein the Goldstein score, -10 to +10
 * @param mentions number of mentions, or -1
 * @param sources number of sources, or -1
 * @param articles number of articles, or -1
 * @param tone average tone, or NaN
 */
public record Event(
    String source,
    String sourceEventId,
    LocalDate date,
    Actor actor1,
    Actor actor2,
    CameoCode cameo,
    QuadClass quadClass,
    double goldstein,
    int mentions,
    int sources,
    int articles,
    double tone) {

  /** The lowest Goldstein score. */
  public static final double GOLDSTEIN_MIN = -10.0;
  /** The highest Goldstein score. */
  public static final double GOLDSTEIN_MAX = 10.0;

  /** Checks every field. */
  public Event {
    Require.argument(source != null && !source.isBlank(), "event source must not be blank");
    Require.nonNull(date, "event date");
    Require.nonNull(actor1, "actor1");
    Require.nonNull(actor2, "actor2");
    Require.nonNull(cameo, "CAMEO code");
    Require.nonNull(quadClass, "quad class");
    Require.argument(goldstein >= GOLDSTEIN_MIN && goldstein <= GOLDSTEIN_MAX,
        "Goldstein score must be within -10 and 10, was %s", goldstein);
    Require.argument(mentions >= -1 && sources >= -1 && articles >= -1,
        "counts must be non-negative or -1 for none, were %s/%s/%s", mentions, sources, articles);
  }

  /** Returns the month of the event. */
  public YearMonth month() {
    return YearMonth.from(date);
  }
}
