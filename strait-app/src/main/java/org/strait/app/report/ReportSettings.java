package org.strait.app.report;

import java.nio.file.Path;
import org.strait.core.Require;

/**
 * What a report is made from and with: the store's name as shown, the seed and run count of every stochastic part,
 * the turning points' false-alarm rate, the worker threads, the folder of shipped scenarios and the bargaining case.
 *
 * @param storeName the store as the report names it (e.g. the file name)
 * @param seed the base seed of every stochastic part (turning-point calibration, backtest, forecast, ensembles, Monte
 *     Carlo)
 * @param runs replicates per scenario ensemble and bargaining Monte Carlo; also the backtest's sample paths per
 *     forecast, at most 500, and the forecast's paths per forecaster, 10 to 2,000
 * @param falseAlarmRate the false turning points expected per year of data in an index without any (0 to 12)
 * @param threads worker threads (results do not depend on it)
 * @param scenarios the folder of scenario files ({@code *.yaml}), or null to leave scenarios out
 * @param bargainCase the wartime-labour case file, or null to leave bargaining out
 * @param verdicts whether to calibrate the model, judge the claims and backtest (about a minute on ten years)
 * @param forecast whether to forecast the index from the data's last month with the backtest of its last two years
 */
public record ReportSettings(String storeName, long seed, int runs, double falseAlarmRate, int threads,
                             Path scenarios, Path bargainCase, boolean verdicts, boolean forecast) {
  /** Checks every field. */
  public ReportSettings {
    Require.argument(storeName != null && !storeName.isBlank(), "the store needs a name");
    Require.argument(runs >= 2, "runs must be at least 2, was %s", runs);
    Require.argument(falseAlarmRate > 0 && falseAlarmRate <= 12, "false-alarm rate must be within (0, 12] a year,"
        + " was %s", falseAlarmRate);
    Require.argument(threads >= 1, "threads must be at least 1, was %s", threads);
  }
}
