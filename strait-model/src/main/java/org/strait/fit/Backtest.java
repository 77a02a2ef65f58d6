package org.strait.fit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.strait.core.Require;
import org.strait.core.SeedSequence;
import org.strait.core.Version;

/**
 * The rolling-origin backtest: each forecaster forecasts from every origin, seeing only the series up to it
 * (through {@link MonthlySeries#until}), and is scored on the months that follow (MODEL.md, "Judging the
 * mechanisms"). The same settings and seed give the same result.
 */
public final class Backtest {
  private static final int PIT_BINS = 10;

  private Backtest() {}

  /** Runs the backtest of {@code forecasters} on {@code series}. */
  public static BacktestResult run(MonthlySeries series, List<Forecaster> forecasters, BacktestSettings settings) {
    Require.argument(!forecasters.isEmpty(), "name at least one forecaster");
    Require.argument(series.index(settings.firstOrigin()) >= 0, "first origin %s is before the data start %s",
        settings.firstOrigin(), series.start());
    Require.argument(!settings.lastOrigin().isAfter(series.end()), "last origin %s is after the data end %s",
        settings.lastOrigin(), series.end());
    SeedSequence seeds = new SeedSequence(settings.seed());
    int maxH = settings.maxHorizon();
    int origins = series.index(settings.lastOrigin()) - series.index(settings.firstOrigin()) + 1;
    List<HorizonScore> scores = new ArrayList<>();
    for (int f = 0; f < forecasters.size(); f++) {
      Forecaster forecaster = forecasters.get(f);
      Accumulator[] acc = new Accumulator[settings.horizons().size()];
      Arrays.setAll(acc, i -> new Accumulator());
      for (int o = 0; o < origins; o++) {
        YearMonth origin = settings.firstOrigin().plusMonths(o);
        MonthlySeries history = series.until(origin);
        double[][] paths = forecaster.paths(history, maxH, settings.samples(),
            seeds.stream((long) o * forecasters.size() + f));
        for (int k = 0; k < settings.horizons().size(); k++) {
          int h = settings.horizons().get(k);
          YearMonth target = origin.plusMonths(h);
          if (target.isAfter(series.end())) {
            continue;
          }
          double y = series.get(target);
          if (Double.isNaN(y)) {
            continue;
          }
          double[] sample = new double[paths.length];
          for (int s = 0; s < paths.length; s++) {
            sample[s] = paths[s][h - 1];
          }
          acc[k].add(sample, y);
        }
      }
      for (int k = 0; k < acc.length; k++) {
        scores.add(acc[k].score(forecaster, settings.horizons().get(k)));
      }
    }
    return new BacktestResult(settings, series.start(), series.end(), scores, Version.current());
  }

  private static final class Accumulator {
    int n;
    double crps;
    double is50;
    double is90;
    double mae;
    int in50;
    int in90;
    double error;
    double squaredError;
    double variance;
    final int[] pit = new int[PIT_BINS];

    void add(double[] sample, double y) {
      n++;
      crps += Scores.crps(sample, y);
      is50 += Scores.intervalScore(sample, 0.5, y);
      is90 += Scores.intervalScore(sample, 0.1, y);
      mae += Scores.absoluteError(sample, y);
      in50 += Scores.covers(sample, 0.5, y) ? 1 : 0;
      in90 += Scores.covers(sample, 0.1, y) ? 1 : 0;
      double mean = Arrays.stream(sample).average().orElseThrow();
      error += mean - y;
      squaredError += (mean - y) * (mean - y);
      variance += Arrays.stream(sample).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, sample.length - 1);
      pit[Math.min(PIT_BINS - 1, (int) (Scores.pit(sample, y) * PIT_BINS))]++;
    }

    HorizonScore score(Forecaster f, int horizon) {
      double d = Math.max(n, 1);
      return new HorizonScore(f.name(), f.conditional(), horizon, n, n == 0 ? Double.NaN : crps / d,
          n == 0 ? Double.NaN : is50 / d, n == 0 ? Double.NaN : is90 / d, n == 0 ? Double.NaN : mae / d,
          n == 0 ? Double.NaN : in50 / d, n == 0 ? Double.NaN : in90 / d,
          Arrays.stream(pit).boxed().toList(), n == 0 ? Double.NaN : error / d,
          n == 0 ? Double.NaN : Math.sqrt(squaredError / d), n == 0 ? Double.NaN : Math.sqrt(variance / d));
    }
  }
}
