package org.strait.app.fit;

import java.time.YearMonth;
import org.strait.core.Require;
import org.strait.store.StoreReader;
import org.strait.core.SeedSequence;
import org.strait.fit.Calibration;
import org.strait.fit.FitResult;
import org.strait.fit.FitSpace;

/**
 * One calibration on the store's data without a backtest: the data of the training window and the fit on it, for
 * scenarios run on the fitted model. The fit is the one {@link FitRun} makes for the same window and seed.
 *
 * @param data the data read from the store over the training window (drivers standardised on it)
 * @param fit the fit on the whole training window
 * @param seed the base seed; the calibration's seed is its stream 0
 */
public record StoreFit(FitData data, FitResult fit, long seed) {
  /** The shortest training window the fit accepts, in months. */
  public static final int MIN_MONTHS = 24;

  /** Checks. */
  public StoreFit {
    Require.nonNull(data, "fit data");
    Require.nonNull(fit, "fit");
  }

  /** Reads the store over {@code trainStart..trainEnd} and fits every mechanism on it. */
  public static StoreFit run(StoreReader store, YearMonth trainStart, YearMonth trainEnd, long seed) {
    return run(store, trainStart, trainEnd, seed, false);
  }

  /** Reads and fits as {@link #run(StoreReader, YearMonth, YearMonth, long)}, optionally without indicators. */
  public static StoreFit run(StoreReader store, YearMonth trainStart, YearMonth trainEnd, long seed,
      boolean withoutIndicators) {
    requireWindow(trainStart, trainEnd);
    FitData data = FitData.fromStore(store, trainStart, trainEnd, trainEnd, withoutIndicators);
    return new StoreFit(data, calibrate(data, trainEnd, seed), seed);
  }

  /** Fits every mechanism on {@code data} up to {@code trainEnd} with stream 0 of {@code seed}: what FitRun does. */
  static FitResult calibrate(FitData data, YearMonth trainEnd, long seed) {
    return Calibration.fit(data.input().until(trainEnd), FitSpace.all(), FitSpace.defaults(),
        new SeedSequence(seed).seed(0));
  }

  /** Checks that the training window holds at least {@link #MIN_MONTHS} months. */
  static void requireWindow(YearMonth trainStart, YearMonth trainEnd) {
    Require.argument(trainEnd.isAfter(trainStart.plusMonths(MIN_MONTHS - 2)),
        "the training window %s..%s needs at least %s months", trainStart, trainEnd, MIN_MONTHS);
  }

  /**
   * Returns the first and last month the store holds events in: the default training window.
   *
   * @throws IllegalArgumentException when the store holds no event
   */
  public static YearMonth[] span(StoreReader store) {
    return store.eventMonths().orElseThrow(() -> new IllegalArgumentException(
        "the store holds no event: nothing to fit")).toArray();
  }
}
