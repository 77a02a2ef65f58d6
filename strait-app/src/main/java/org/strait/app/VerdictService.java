package org.strait.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.strait.app.fit.FitData;
import org.strait.app.fit.StoreFit;
import org.strait.app.fit.VerdictReports;
import org.strait.fit.Ablation;
import org.strait.fit.VerdictTable;
import org.strait.core.Progress;
import org.strait.store.EventStore;
import org.strait.store.SavedVerdicts;
import org.strait.store.StoreReader;

/**
 * The verdicts use case, the one home of {@code strait verdicts}, the dashboard's verdicts job and the demo's
 * verdicts: read the fit's data over the windows, fit the model, refit it without each mechanism, backtest every
 * fit on the test window ({@link Ablation#run}) and judge each seed claim; the table can be kept in the store
 * ({@link VerdictsKept}).
 *
 * <p>Usage: {@link #check} the windows (a usage error early), {@link #read} the data, then {@link #run}; the three
 * report {@link VerdictsKept#steps()} steps in all, the first of which is {@code "reading the store"}.
 */
public final class VerdictService {
  private VerdictService() {}

  /**
   * A verdict run's result.
   *
   * @param table the verdict table
   * @param data the data it was computed on
   * @param windows the training and test windows
   * @param samples Monte Carlo paths per forecast
   * @param seed the base seed
   */
  public record Verdicts(VerdictTable table, FitData data, TrainTest windows, int samples, long seed) {
    /** Returns the report as Markdown. */
    public String markdown() {
      return VerdictReports.markdown(table, data);
    }

    /** Returns the report as HTML. */
    public String html() {
      return VerdictReports.html(table, data);
    }

    /** Returns the report's JSON document, the form kept in the store. */
    public String json() {
      return VerdictReports.json(table, data);
    }

    /** Keeps the table in {@code store}, computed by {@code computedBy}. */
    public SavedVerdicts keep(StoreReader store, String computedBy) {
      return VerdictsKept.keep(store, computedBy, windows.train().start(), windows.train().end(), windows.test().end(),
          seed, samples, json());
    }

    /** Keeps the table in the store file {@code db}, computed by {@code computedBy}. */
    public SavedVerdicts keep(java.nio.file.Path db, String computedBy) {
      return VerdictsKept.keep(db, computedBy, windows.train().start(), windows.train().end(), windows.test().end(),
          seed, samples, json());
    }
  }

  /**
   * Checks that the training window holds at least {@link StoreFit#MIN_MONTHS} months.
   *
   * @throws IllegalArgumentException when it does not
   */
  public static void check(TrainTest windows) {
    Window train = windows.train();
    if (train.months() < StoreFit.MIN_MONTHS) {
      throw new IllegalArgumentException("the training window " + train.start() + ".." + train.end()
          + " needs at least " + StoreFit.MIN_MONTHS + " months");
    }
  }

  /** Reads the fit's data over both windows from {@code store}, standardised on the training window. */
  public static FitData read(StoreReader store, TrainTest windows, boolean withoutIndicators) {
    return FitData.fromStore(store, windows.train().start(), windows.test().end(), windows.train().end(),
        withoutIndicators);
  }

  /**
   * Fits, refits without each mechanism, backtests and judges; {@code step} hears each fit as it starts (it may throw
   * to cancel).
   */
  public static Verdicts run(FitData data, TrainTest windows, int samples, long seed, Consumer<String> step) {
    VerdictTable table = Ablation.run(data.input(), windows.train().end(), windows.test().end(), samples, seed, step);
    return new Verdicts(table, data, windows, samples, seed);
  }

  /**
   * Runs the verdicts on the store file {@code db}, opened read-only and closed before the fits: the windows are
   * {@code windows} applied to the store's span (read only if asked), {@link #check checked}, the data
   * {@link #read}, then {@link #run}; {@code steps} hears "reading the store", each fit, and the end.
   *
   * @throws IllegalArgumentException when the windows are not valid on the store (a usage error), before any fit
   */
  public static Verdicts run(Path db, Function<Supplier<Window>, TrainTest> windows, boolean withoutIndicators,
      int samples, long seed, Progress.Steps steps) {
    steps.next("reading the store");
    TrainTest w;
    FitData data;
    try (EventStore store = EventStore.openReadOnly(db)) {
      w = windows.apply(() -> StoreSpan.of(store));
      check(w);
      data = read(store.reader(), w, withoutIndicators);
    }
    Verdicts verdicts = run(data, w, samples, seed, steps::next);
    steps.finish();
    return verdicts;
  }
}
