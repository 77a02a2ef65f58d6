package org.strait.model;

import java.time.YearMonth;
import org.strait.core.Require;

/**
 * A policy lever pulled in a given month.
 *
 * @param month the month it is pulled
 * @param kind which lever
 * @param strength how hard, as a multiple of the lever's parameterised effect (1 = as parameterised), 0–3
 */
public record Lever(YearMonth month, LeverKind kind, double strength) {
  /** Checks the fields. */
  public Lever {
    Require.nonNull(month, "lever month");
    Require.nonNull(kind, "lever kind");
    Require.argument(strength >= 0 && strength <= 3, "lever strength must be within 0..3, was %s", strength);
  }
}
