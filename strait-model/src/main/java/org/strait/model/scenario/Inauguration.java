package org.strait.model.scenario;

import java.time.YearMonth;
import org.strait.core.Require;

/**
 * A government taking office in one capital: the month, and for Seoul the government's orientation.
 *
 * @param capital where
 * @param month the month of the inauguration
 * @param orientation +1 conservative, -1 progressive, 0 unknown or not relevant (Tokyo)
 */
public record Inauguration(Capital capital, YearMonth month, double orientation) {
  /** Checks the fields. */
  public Inauguration {
    Require.nonNull(capital, "capital");
    Require.nonNull(month, "inauguration month");
    Require.argument(orientation >= -1 && orientation <= 1, "orientation must be within -1..1, was %s",
        orientation);
  }
}
