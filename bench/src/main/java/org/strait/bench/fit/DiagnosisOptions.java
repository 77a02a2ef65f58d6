package org.strait.bench.fit;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import org.strait.app.fit.FitData;
import org.strait.core.SeedSequence;
import org.strait.core.Version;
import org.strait.fit.Calibration;
import org.strait.fit.FitInput;
import org.strait.fit.FitResult;
import org.strait.fit.FitSpace;
import org.strait.store.EventStore;

/**
 * The options the fit diagnoses read: {@code --db STORE --train YYYY-MM..YYYY-MM [--test YYYY-MM..YYYY-MM]
 * [--seed S] [--samples N]}.
 *
 * @param db the store
 * @param train the training window, {first, last}
 * @param test the test window, {first, last}, or null when not given
 * @param seed the seed (default 1)
 * @param samples paths per forecast (default 500)
 */
record DiagnosisOptions(Path db, YearMonth[] train, YearMonth[] test, long seed, int samples) {
  /** Parses {@code args}; {@code --db} and {@code --train} are required, {@code --test} when {@code needsTest}. */
  static DiagnosisOptions parse(String[] args, boolean needsTest) {
    Path db = null;
    YearMonth[] train = null;
    YearMonth[] test = null;
    long seed = 1;
    int samples = 500;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--db" -> db = Path.of(args[i + 1]);
        case "--train" -> train = window(args[i + 1]);
        case "--test" -> test = window(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--samples" -> samples = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (db == null || train == null || (needsTest && test == null)) {
      throw new IllegalArgumentException(needsTest ? "give --db, --train and --test" : "give --db and --train");
    }
    return new DiagnosisOptions(db, train, test, seed, samples);
  }

  private static YearMonth[] window(String text) {
    String[] p = text.split("\\.\\.");
    if (p.length != 2) {
      throw new IllegalArgumentException("a window is YYYY-MM..YYYY-MM, was '" + text + "'");
    }
    return new YearMonth[] {YearMonth.parse(p[0]), YearMonth.parse(p[1])};
  }

  /** Returns the last month read: the test window's end, or the training window's when there is none. */
  YearMonth end() {
    return test == null ? train[1] : test[1];
  }

  /** Reads the store's months from the training window's start to {@link #end()}, as the commands read them. */
  FitInput input() throws Exception {
    try (EventStore store = EventStore.openReadOnly(db)) {
      return FitData.fromStore(store.reader(), train[0], end(), train[1], false).input();
    }
  }

  /**
   * Fits the model on the training window exactly as {@code strait backtest} does (the seed's stream 0) and prints
   * the version, seed, paths, window, the seconds since {@code t0}, every estimate and the
   * log likelihood and log posterior at the mode.
   */
  FitResult fit(FitInput input, long t0) {
    FitResult fit = Calibration.fit(input.until(train[1]), FitSpace.all(), FitSpace.defaults(),
        new SeedSequence(seed).seed(0));
    System.out.printf(Locale.ROOT, "strait %s, seed %d, %d paths; fit on %s..%s (%.0f s)%n", Version.current(), seed,
        samples, train[0], train[1], (System.nanoTime() - t0) / 1e9);
    fit.estimates().forEach(e -> System.out.printf(Locale.ROOT, "  %s %.3f (%.3f..%.3f)%n", e.name(), e.value(),
        e.lower(), e.upper()));
    System.out.printf(Locale.ROOT, "  at the mode: log likelihood %.3f (index %.3f, events %.3f), log posterior %.3f%n",
        fit.logLikIndex() + fit.logLikEvents(), fit.logLikIndex(), fit.logLikEvents(), fit.logPosterior());
    return fit;
  }
}
