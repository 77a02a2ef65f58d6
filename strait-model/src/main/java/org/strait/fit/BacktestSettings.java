package org.strait.fit;

import java.time.YearMonth;
import java.util.List;
import org.strait.core.Require;

/**
 * How a rolling-origin backtest runs: every month from {@code firstOrigin} to {@code lastOrigin} is an origin; the
 * forecasters see the series up to the origin and forecast each horizon; targets past the data are skipped.
 *
 * @param firstOrigin the first origin (last month of the first history)
 * @param lastOrigin the last origin
 * @param horizons the horizons scored, in months (e.g. 1, 3, 6, 12)
 * @param samples Monte Carlo paths per forecast
 * @param seed the base seed; the forecast of origin i by forecaster j draws from stream i × forecasters + j
 */
public record BacktestSettings(YearMonth firstOrigin, YearMonth lastOrigin, List<Integer> horizons, int samples,
    long seed) {
  /** The fewest Monte Carlo paths per sample forecast. */
  public static final int MIN_SAMPLES = 10;
  /** The horizons MODEL.md asks for. */
  public static final List<Integer> STANDARD_HORIZONS = List.of(1, 3, 6, 12);

  /** Checks and copies. */
  public BacktestSettings {
    Require.nonNull(firstOrigin, "first origin");
    Require.nonNull(lastOrigin, "last origin");
    Require.argument(!firstOrigin.isAfter(lastOrigin), "first origin %s is after the last %s", firstOrigin,
        lastOrigin);
    horizons = List.copyOf(horizons);
    Require.argument(!horizons.isEmpty(), "name at least one horizon");
    horizons.forEach(h -> Require.argument(h >= 1, "horizons must be at least 1 month, found %s", h));
    Require.argument(samples >= MIN_SAMPLES, "a sample forecast needs at least %s paths, was %s", MIN_SAMPLES,
        samples);
  }

  int maxHorizon() {
    return horizons.stream().mapToInt(Integer::intValue).max().orElseThrow();
  }
}
