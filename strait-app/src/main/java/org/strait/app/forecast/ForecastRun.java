package org.strait.app.forecast;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.strait.core.Progress;
import org.strait.store.StoreReader;
import org.strait.app.fit.FitRun;
import org.strait.app.fit.StoreFit;
import org.strait.core.Require;
import org.strait.core.SeedSequence;
import org.strait.core.numeric.Replicates;
import org.strait.core.Version;
import org.strait.fit.Ablation;
import org.strait.fit.Baselines;
import org.strait.fit.Forecaster;
import org.strait.fit.ModelForecaster;
import org.strait.fit.MonthlySeries;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.core.numeric.Quantiles;

/*
 * The forecast from origin T (the last month of the training window A..T), with seed s:
 *
 *   fit        StoreFit.run(A, T, s): the calibration on A..T (its seed is stream 0 of s);
 *   paths      forecaster f of [model (unconditional), climatology, persistence, ar1] draws `samples` paths of
 *              `months` months from the index up to T, in C = ⌈samples / 50⌉ chunks of at most 50 paths, chunk c with
 *              stream f·C + c of SeedSequence(stream 2 of s); the model's paths are ModelForecaster(...,
 *              conditional = false): drivers held at their T values, North Korean tests and issue flares drawn at
 *              their fitted rates, and (chunks of at most its 50 groups) each path under its own posterior draw of
 *              the parameters, so that the fan's parameter uncertainty rests on `samples` draws, not 50;
 *   quantiles  per month, the 5, 25, 50, 75 and 95 % sample quantiles (Hyndman and Fan's definition 7, Quantiles);
 *   backtest   when A..T holds at least StoreFit.MIN_MONTHS + 24 months: FitRun.run(A, T - 24, T, samples, s), the
 *              rolling-origin backtest on the window's last 24 months with a fit on everything before (its fit seed
 *              is stream 0 of s, its backtest seed stream 1), so it reads nothing after T either.
 *
 * Each chunk draws from its own stream whichever thread runs it: the result depends on the seed, never on the
 * number of threads.
 */

/**
 * A forecast of the Japan–Korea index from the last month of a training window: the fit, one fan per forecaster
 * (the model first, then the baselines), and the backtest of the window's last 24 months when it is long enough.
 *
 * @param fit the fit on the training window, with the data it read
 * @param fans one ensemble summary per forecaster, named after it, starting the month after the origin
 * @param backtest the backtest on the window's last {@value #BACKTEST_MONTHS} months, or null when the window is
 *     shorter than {@link #backtestMinimum()}
 * @param samples paths per forecaster
 * @param seed the base seed
 */
public record ForecastRun(StoreFit fit, List<EnsembleResult> fans, FitRun backtest, int samples, long seed) {
  /** The months of the backtest at the end of the training window. */
  public static final int BACKTEST_MONTHS = 24;
  /**
   * Paths per call of a forecaster: at most ModelForecaster's 50 groups, so that every path of the model takes its
   * own posterior draw of the parameters.
   */
  static final int CHUNK = 50;
  /** The months {@code strait forecast} draws by default, and those of the report and the demo: two years. */
  public static final int DEFAULT_MONTHS = 24;
  /** The paths per forecaster {@code strait forecast} draws by default: the most the report and the demo draw. */
  public static final int DEFAULT_SAMPLES = 2000;
  /** The fewest paths per forecaster: the quantiles and the backtest's scores need them. */
  public static final int MIN_SAMPLES = 10;
  /** The quantile levels written, as in every ensemble: 5, 25, 50, 75, 95 %. */
  static final double[] LEVELS = EnsembleResult.LEVELS;

  /** Checks and copies. */
  public ForecastRun {
    Require.nonNull(fit, "fit");
    fans = List.copyOf(fans);
    Require.argument(!fans.isEmpty(), "a forecast needs at least one fan");
  }

  /** Returns the shortest training window, in months, that leaves a backtest: 24 to fit and 24 to test. */
  public static int backtestMinimum() {
    return StoreFit.MIN_MONTHS + BACKTEST_MONTHS;
  }

  /**
   * Returns the paths per forecaster of a forecast made beside Monte Carlo runs of {@code runs} replicates (the report,
   * the demo): {@code runs} within {@value #MIN_SAMPLES}..{@value #DEFAULT_SAMPLES}.
   */
  public static int samplesFor(int runs) {
    return Math.max(MIN_SAMPLES, Math.min(DEFAULT_SAMPLES, runs));
  }

  /** Returns the forecast origin: the last month of the training window. */
  public YearMonth origin() {
    return fit.fit().trainEnd();
  }

  /** Returns the fan of the forecaster named {@code name}. */
  public EnsembleResult fan(String name) {
    return fans.stream().filter(f -> f.scenarioId().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no forecaster named " + name));
  }

  /**
   * Fits on {@code trainStart..trainEnd}, forecasts {@code months} months from {@code trainEnd}, and backtests the
   * window's last 24 months when it is long enough.
   *
   * @param threads worker threads for the paths (the result does not depend on them)
   */
  public static ForecastRun run(StoreReader store, YearMonth trainStart, YearMonth trainEnd, int months,
      int samples, long seed, int threads) {
    return run(store, trainStart, trainEnd, months, samples, seed, threads, false, Progress.NONE);
  }

  /**
   * Runs as {@link #run(StoreReader, YearMonth, YearMonth, int, int, long, int)} does, optionally without the
   * indicators, reporting its steps.
   */
  public static ForecastRun run(StoreReader store, YearMonth trainStart, YearMonth trainEnd, int months,
      int samples, long seed, int threads, boolean withoutIndicators, Progress progress) {
    boolean backtested = !trainEnd.isBefore(trainStart.plusMonths(backtestMinimum() - 1L));
    Progress.Steps steps = progress.steps(2 + (backtested ? FitRun.STEPS : 0));
    steps.next("fitting on " + trainStart + ".." + trainEnd);
    StoreFit fit = StoreFit.run(store, trainStart, trainEnd, seed, withoutIndicators);
    steps.next("drawing " + samples + " paths per forecaster");
    List<EnsembleResult> fans = draw(fit, months, samples, seed, threads);
    FitRun backtest = null;
    if (backtested) {
      backtest = FitRun.run(store, trainStart, trainEnd.minusMonths(BACKTEST_MONTHS), trainEnd, samples, seed,
          withoutIndicators, steps);
    }
    steps.finish();
    return new ForecastRun(fit, fans, backtest, samples, seed);
  }

  /** Returns the forecasters, in report order: the model's unconditional forecast, then the baselines. */
  static List<Forecaster> forecasters(StoreFit fit) {
    List<Forecaster> all = new ArrayList<>();
    all.add(new ModelForecaster(Ablation.UNCONDITIONAL, fit.fit(), fit.data().input(), false));
    all.addAll(Baselines.all());
    return all;
  }

  /** Draws every forecaster's paths from the end of {@code fit}'s window and summarises them, on {@code threads}. */
  public static List<EnsembleResult> draw(StoreFit fit, int months, int samples, long seed, int threads) {
    Require.argument(months >= 1, "the forecast needs at least one month, was %s", months);
    Require.argument(samples >= 1, "the forecast needs at least one path, was %s", samples);
    Require.argument(threads >= 1, "threads must be at least 1, was %s", threads);
    List<Forecaster> forecasters = forecasters(fit);
    MonthlySeries history = fit.data().input().index().until(fit.fit().trainEnd());
    SeedSequence streams = new SeedSequence(new SeedSequence(seed).seed(2));
    int chunks = (samples + CHUNK - 1) / CHUNK;
    double[][][] paths = new double[forecasters.size()][samples][];
    // task i: forecaster i / chunks, chunk i % chunks, on stream i
    Replicates.run(threads, forecasters.size() * chunks, () -> null, (i, none) -> {
      int from = i % chunks * CHUNK;
      int n = Math.min(samples, from + CHUNK) - from;
      System.arraycopy(forecasters.get(i / chunks).paths(history, months, n, streams.stream(i)), 0, paths[i / chunks],
          from, n);
    });
    List<EnsembleResult> out = new ArrayList<>();
    for (int f = 0; f < forecasters.size(); f++) {
      out.add(summarise(forecasters.get(f).name(), seed, history.end().plusMonths(1), paths[f]));
    }
    return out;
  }

  /** Returns the per-month mean and quantiles of {@code paths} ({@code [path][month]}) as an ensemble summary. */
  static EnsembleResult summarise(String name, long seed, YearMonth start, double[][] paths) {
    int h = paths[0].length;
    double[][] quantiles = new double[LEVELS.length][h];
    double[] mean = new double[h];
    double[] column = new double[paths.length];
    for (int t = 0; t < h; t++) {
      for (int s = 0; s < paths.length; s++) {
        column[s] = paths[s][t];
      }
      mean[t] = Arrays.stream(column).average().orElseThrow();
      Arrays.sort(column);
      for (int l = 0; l < LEVELS.length; l++) {
        quantiles[l][t] = Quantiles.ofSorted(column, LEVELS[l]);
      }
    }
    return new EnsembleResult(name, seed, paths.length, Version.current(), start, LEVELS.clone(), quantiles, mean,
        List.of(), paths);
  }
}
