package org.strait.bench.fit;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.SplittableRandom;
import org.strait.app.fit.FitData;
import org.strait.core.SeedSequence;
import org.strait.core.Version;
import org.strait.fit.Ablation;
import org.strait.fit.Calibration;
import org.strait.fit.FitInput;
import org.strait.fit.FitResult;
import org.strait.fit.FitSpace;
import org.strait.fit.LevelTerms;
import org.strait.fit.ModelForecaster;
import org.strait.store.EventStore;

/**
 * Where a fit's long unconditional forecast settles, and which mechanisms put it there: fits the model on the
 * training window exactly as {@code strait backtest} does (same seed), then prints the training mean of the index,
 * the fitted equilibrium, the unconditional posterior predictive mean 1, 6, 12, 24 and 60 months after the window
 * and, per mechanism, its level contribution in the training months and in the forecast's months 13 to 60
 * ({@link LevelTerms}).
 *
 * <p>Usage: {@code LevelDiagnosis --db STORE --train YYYY-MM..YYYY-MM [--seed S]}; the indicator files are found
 * from {@code STRAIT_HOME} as the commands find them.
 */
public final class LevelDiagnosis {
  private LevelDiagnosis() {}

  /** Runs the diagnosis. */
  public static void main(String[] args) throws Exception {
    Path db = null;
    YearMonth[] train = null;
    long seed = 1;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--db" -> db = Path.of(args[i + 1]);
        case "--train" -> {
          String[] p = args[i + 1].split("\\.\\.");
          train = new YearMonth[] {YearMonth.parse(p[0]), YearMonth.parse(p[1])};
        }
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (db == null || train == null) {
      throw new IllegalArgumentException("give --db and --train");
    }
    FitData data;
    try (EventStore store = EventStore.openReadOnly(db)) {
      data = FitData.fromStore(store.reader(), train[0], train[1], train[1], false);
    }
    FitInput input = data.input();
    FitResult fit = Calibration.fit(input, FitSpace.all(), FitSpace.defaults(), new SeedSequence(seed).seed(0));
    double[] observed = input.index().observed();
    double mean = 0;
    for (double v : observed) {
      mean += v;
    }
    System.out.printf(Locale.ROOT, "strait %s, seed %d; fit on %s..%s; training mean of the index %.3f (%d months)%n",
        Version.current(), seed, train[0], train[1], mean / observed.length, observed.length);
    for (String name : new String[] {"core.equilibrium", "core.reversion", "M10.shift2010s", "M8.beta", "M6.beta"}) {
      fit.estimate(name).ifPresent(e -> System.out.printf(Locale.ROOT, "  %s %.3f (%.3f..%.3f)%n", name, e.value(),
          e.lower(), e.upper()));
    }
    double[][] paths = new ModelForecaster(Ablation.UNCONDITIONAL, fit, input, false)
        .paths(input.index(), 60, 2_000, new SplittableRandom(seed));
    System.out.printf(Locale.ROOT, "unconditional posterior predictive mean at 1, 6, 12, 24, 60 months: %.3f %.3f %.3f"
        + " %.3f %.3f%n", column(paths, 1), column(paths, 6), column(paths, 12), column(paths, 24), column(paths, 60));
    System.out.println("| mechanism | training | forecast months 13-60 | forecast - training |");
    System.out.println("|---|---:|---:|---:|");
    for (LevelTerms.Contribution c : LevelTerms.of(fit, input, 100, 10, seed)) {
      System.out.printf(Locale.ROOT, "| %s | %+.3f | %+.3f | %+.3f |%n", c.mechanism() == null ? "all" : c.mechanism(),
          c.training(), c.forecast(), c.shift());
    }
  }

  private static double column(double[][] paths, int h) {
    double s = 0;
    for (double[] p : paths) {
      s += p[h - 1];
    }
    return s / paths.length;
  }
}
