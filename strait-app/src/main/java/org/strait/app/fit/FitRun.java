package org.strait.app.fit;

import java.time.YearMonth;
import org.strait.core.Progress;
import org.strait.store.StoreReader;
import org.strait.core.Require;
import org.strait.core.SeedSequence;
import org.strait.fit.Ablation;
import org.strait.fit.BacktestResult;
import org.strait.fit.FitResult;

/**
 * One calibration and backtest on the store's data: the data, the fit on the training window, the backtest on the
 * test window, and the seed.
 *
 * @param data the data read from the store
 * @param fit the fit on the training window
 * @param backtest the backtest of the fitted model and the baselines
 * @param testEnd the last month of the test window
 * @param seed the base seed
 */
public record FitRun(FitData data, FitResult fit, BacktestResult backtest, YearMonth testEnd, long seed) {
  /** The Monte Carlo paths per forecast the commands use by default. */
  public static final int DEFAULT_SAMPLES = 500;

  /**
   * Reads the store, fits on {@code trainStart..trainEnd} and backtests on the months after up to {@code testEnd}.
   * The fit sees only the training window; drivers are standardised on it.
   */
  public static FitRun run(StoreReader store, YearMonth trainStart, YearMonth trainEnd, YearMonth testEnd,
      int samples, long seed) {
    return run(store, trainStart, trainEnd, testEnd, samples, seed, false, Progress.NONE.steps(STEPS));
  }

  /** The steps {@link #run} reports: reading the store, fitting, backtesting. */
  public static final int STEPS = 3;

  /**
   * Runs as {@link #run(StoreReader, YearMonth, YearMonth, YearMonth, int, long)} does, optionally without the
   * indicators, reporting its steps.
   */
  public static FitRun run(StoreReader store, YearMonth trainStart, YearMonth trainEnd, YearMonth testEnd,
      int samples, long seed, boolean withoutIndicators, Progress.Steps steps) {
    StoreFit.requireWindow(trainStart, trainEnd);
    Require.argument(testEnd.isAfter(trainEnd), "the test window must end after the training window (%s)", trainEnd);
    steps.next("reading the store");
    FitData data = FitData.fromStore(store, trainStart, testEnd, trainEnd, withoutIndicators);
    steps.next("fitting on " + trainStart + ".." + trainEnd);
    FitResult fit = StoreFit.calibrate(data, trainEnd, seed);
    steps.next("backtesting on " + trainEnd.plusMonths(1) + ".." + testEnd);
    BacktestResult backtest = Ablation.backtest(fit, data.input(), testEnd, samples, new SeedSequence(seed).seed(1));
    return new FitRun(data, fit, backtest, testEnd, seed);
  }
}
