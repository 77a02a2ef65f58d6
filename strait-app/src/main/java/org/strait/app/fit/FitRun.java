package org.strait.app.fit;

import java.time.YearMonth;
import org.strait.core.Progress;
import org.strait.store.StoreReader;
import org.strait.core.Require;
import org.strait.core.SeedSequence;
import org.strait.fit.Ablation;
import org.strait.fit.BacktestResult;
import org.strait.fit.FitResult;
import org.strait.fit.MonthlySeries;
import org.strait.fit.Stacking;

/**
 * One calibration and backtest on the store's data: the data, the fit on the training window, the backtest on the
 * test window, and the seed.
 *
 * @param data the data read from the store
 * @param fit the fit on the training window
 * @param backtest the backtest of the fitted model and the baselines
 * @param testEnd the last month of the test window
 * @param seed the base seed
 * @param stacks the stacking weights set on the training window, or null when it is too short for them ({@link
 *     #stackable}) or the run did not set them (the verdicts' backtest)
 */
public record FitRun(FitData data, FitResult fit, BacktestResult backtest, YearMonth testEnd, long seed,
    Stacking.Fitted stacks) {
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

  /** The steps {@link #run} reports: reading the store, fitting, setting the stacking weights, backtesting. */
  public static final int STEPS = 4;

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
    Stacking.Fitted stacks = null;
    if (stackable(data.input().index(), trainEnd)) {
      steps.next("setting the stacking weights on the training window's last " + Stacking.INNER_OBSERVED
          + " observed months");
      stacks = Stacking.fit(data.input(), trainEnd, HORIZON, seed);
    } else {
      steps.next("no stacking: the training window is too short to set its weights");
    }
    steps.next("backtesting on " + trainEnd.plusMonths(1) + ".." + testEnd);
    BacktestResult backtest = Ablation.backtest(fit, data.input(), testEnd, samples, new SeedSequence(seed).seed(1),
        stacks);
    return new FitRun(data, fit, backtest, testEnd, seed, stacks);
  }

  /** The longest horizon whose stacking weights are set; longer horizons take its weights. */
  static final int HORIZON = 12;

  /**
   * Tells whether the training window up to {@code trainEnd} holds {@link Stacking#INNER_OBSERVED} observed months
   * after a first {@link StoreFit#MIN_MONTHS} months to fit on: enough to set stacking weights.
   */
  public static boolean stackable(MonthlySeries index, YearMonth trainEnd) {
    try {
      YearMonth innerEnd = Stacking.innerEnd(index, trainEnd);
      return index.index(innerEnd) + 1 >= StoreFit.MIN_MONTHS;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
