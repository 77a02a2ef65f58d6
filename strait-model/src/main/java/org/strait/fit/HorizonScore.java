package org.strait.fit;

import java.util.List;

/**
 * The scores of one forecaster at one horizon, averaged over the origins whose target month was observed.
 *
 * @param forecaster the forecaster's name
 * @param conditional whether it was told the dated shocks of the forecast period
 * @param horizon months after the origin
 * @param n number of scored forecasts
 * @param crps mean CRPS
 * @param interval50 mean interval score of the central 50% interval
 * @param interval90 mean interval score of the central 90% interval
 * @param mae mean absolute error of the median
 * @param coverage50 share of targets inside the central 50% interval
 * @param coverage90 share of targets inside the central 90% interval
 * @param pit the PIT histogram in ten equal bins (counts)
 * @param bias the mean of (forecast mean - outcome): where the forecast sits, too high when positive
 * @param rmse the root mean square of (forecast mean - outcome)
 * @param spread the root mean of the forecasts' variances: a calibrated forecast's spread is close to its rmse
 */
public record HorizonScore(String forecaster, boolean conditional, int horizon, int n, double crps,
    double interval50, double interval90, double mae, double coverage50, double coverage90, List<Integer> pit,
    double bias, double rmse, double spread) {
  /** Copies the histogram. */
  public HorizonScore {
    pit = List.copyOf(pit);
  }

  /** Returns the skill {@code 1 - score / baseline score} of this CRPS against a baseline's at the same horizon. */
  public double skillAgainst(HorizonScore baseline) {
    return 1 - crps / baseline.crps;
  }
}
