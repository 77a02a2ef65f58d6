package org.strait.fit;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a backtest: scores per forecaster and horizon, with the settings, span and version that make it
 * reproducible.
 *
 * @param settings the settings it ran with (seed included)
 * @param dataStart the first month of the data
 * @param dataEnd the last month of the data
 * @param scores one entry per forecaster and horizon
 * @param version the strait version that produced it
 */
public record BacktestResult(BacktestSettings settings, java.time.YearMonth dataStart, java.time.YearMonth dataEnd,
    List<HorizonScore> scores, String version) {
  /** Copies. */
  public BacktestResult {
    scores = List.copyOf(scores);
  }

  /** Returns the score of a forecaster at a horizon. */
  public Optional<HorizonScore> score(String forecaster, int horizon) {
    return scores.stream().filter(s -> s.forecaster().equals(forecaster) && s.horizon() == horizon).findFirst();
  }

  /** Returns the CRPS skill of a forecaster against a baseline at a horizon, {@code 1 - crps / baseline crps}. */
  public Optional<Double> skill(String forecaster, String baseline, int horizon) {
    return score(forecaster, horizon).flatMap(f -> score(baseline, horizon).map(f::skillAgainst));
  }
}
