package org.strait.app;

import org.strait.core.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.strait.app.fit.StoreFit;
import org.strait.app.scenario.BargainLinks;
import org.strait.scenario.EnsembleCsv;
import org.strait.app.scenario.FanChart;
import org.strait.app.scenario.FitRecord;
import org.strait.app.scenario.FittedScenario;
import org.strait.app.scenario.ScenarioReports;
import org.strait.core.Event;
import org.strait.core.SeedSequence;
import org.strait.model.RunResult;
import org.strait.model.RunSpec;
import org.strait.model.mechanism.Mechanisms;
import org.strait.core.Require;
import org.strait.model.Simulation;
import org.strait.model.ensemble.Ensemble;
import org.strait.model.ensemble.EnsembleOptions;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.model.scenario.Scenario;
import org.strait.store.EventStore;

/**
 * The scenario use case, the one home of {@code strait simulate}, the dashboard's scenario job, the report's
 * scenarios and the demo's: a scenario run as a Monte Carlo ensemble (replicate {@code i} on stream {@code i} of the
 * seed, any thread count), on the priors (its linked bargaining cases' settlements as shocks, {@link BargainLinks})
 * or on the model fitted to the store ({@link FittedScenario}: run {@code r} on posterior draw {@code r mod m}).
 */
public final class ScenarioService {
  private ScenarioService() {}

  /**
   * A scenario run.
   *
   * @param scenario the scenario
   * @param links its links to bargaining cases (only on the priors: the fitted model does not take them yet)
   * @param options runs, seed and threads
   * @param fitted true to run on the model fitted to the store
   */
  public record Request(Scenario scenario, List<BargainLinks> links, EnsembleOptions options, boolean fitted) {
    /** Checks and copies. */
    public Request {
      Require.nonNull(scenario, "scenario");
      Require.nonNull(options, "ensemble options");
      links = List.copyOf(links);
      Require.argument(!fitted || links.isEmpty(), "%s links bargaining cases, which the fitted model does not take"
          + " yet", scenario.id());
    }
  }

  /**
   * A scenario run's result.
   *
   * @param scenario the scenario run
   * @param result the ensemble's quantiles and threshold crossings
   * @param fitted what the run took from the fit, or null on the priors
   * @param fit the fit, or null on the priors
   */
  public record Outcome(Scenario scenario, EnsembleResult result, FittedScenario fitted, StoreFit fit) {
    /** Returns the fan chart's title: the scenario's, with the fit's window or "on the priors, unfitted". */
    public String title() {
      return fitted == null ? scenario.title() + " (on the priors, unfitted)" : scenario.title() + " (fitted on "
          + fit.fit().trainStart() + ".." + fit.fit().trainEnd() + ")";
    }

    /** Returns the last observed month the fan chart shows before the run: the month before it, or the window's end. */
    public YearMonth lastObserved() {
      YearMonth before = scenario.start().minusMonths(1);
      YearMonth end = fit.fit().trainEnd();
      return before.isBefore(end) ? before : end;
    }

    /**
     * Writes quantiles.csv, thresholds.csv and fan.png into {@code dir} (which must exist), and fit.json on the
     * fitted model.
     */
    public void write(Path dir) {
      EnsembleCsv.writeQuantiles(result, dir);
      EnsembleCsv.writeThresholds(result, dir);
      if (fitted == null) {
        FanChart.write(result, title(), dir);
      } else {
        FanChart.write(result, title(), dir, fit.data().input().index(), lastObserved());
        FitRecord.write(result, fitted, fit, dir);
      }
    }

    /**
     * Returns the lines {@code strait simulate} prints of this run, whose files are in {@code dir}.
     *
     * @param events true when events.csv was written too
     */
    public List<String> summary(Path dir, boolean events) {
      return ScenarioReports.summary(scenario, result, fitted, fit, dir, events);
    }
  }

  /**
   * Returns the fit of the store file {@code db} (opened read-only when no fit is kept) over {@code train}, or every
   * month it holds events in when that is null, with {@code fitSeed}: the one {@code fits} keeps for the file's
   * path, size and modification time, or a new one.
   *
   * @throws IllegalArgumentException when {@code scenario} starts before the window's second month (the run starts
   *     from an observed month), or the window cannot be fitted
   */
  public static Supplier<StoreFit> fitOf(StoreCache<StoreFit> fits, Path db, Window train, long fitSeed,
      Scenario scenario) {
    return () -> {
      try (EventStore store = EventStore.openReadOnly(db)) {
        Window window = train == null ? StoreSpan.of(store) : train;
        if (!scenario.start().isAfter(window.start())) {
          throw new IllegalArgumentException("scenario " + scenario.id() + " starts in " + scenario.start()
              + ": the training window " + window + " must begin before it, so that the run can start from an"
              + " observed month");
        }
        String file = db.toAbsolutePath() + "|" + Files.size(db) + "|" + Files.getLastModifiedTime(db);
        return fits.get(file, window + "|" + fitSeed, () -> StoreFit.run(store.reader(), window.start(),
            window.end(), fitSeed));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the store file " + db, e);
      }
    };
  }

  /**
   * Runs the scenario; on the fitted model, {@code fit} gives the fit (from a {@link StoreCache}) and counts as much
   * as the runs in the progress, so that the time left is of the right order. The steps reported are "fitting on
   * the store's data" (fitted only), then "running N runs" from the moment the runs start.
   *
   * @throws IllegalArgumentException when the scenario cannot start on the fit (it starts too early)
   */
  public static Outcome run(Request request, Supplier<StoreFit> fit, Progress progress) {
    Scenario scenario = request.scenario();
    int runs = request.options().runs();
    long total = request.fitted() ? 2L * runs : runs;
    long base = request.fitted() ? runs : 0;
    IntFunction<Simulation> replicates;
    FittedScenario fitted = null;
    StoreFit storeFit = null;
    if (request.fitted()) {
      progress.report(0, total, "fitting on the store's data");
      storeFit = fit.get();
      fitted = FittedScenario.of(scenario, storeFit, runs);
      replicates = fitted.simulations();
    } else {
      replicates = BargainLinks.replicates(scenario, request.links(), runs, request.options().seed(),
          request.options().threads());
    }
    AtomicLong done = new AtomicLong();
    String step = "running " + runs + " runs";
    progress.report(base, total, step);
    EnsembleResult result = Ensemble.run(scenario.id(), replicates, scenario.thresholds(), request.options(),
        n -> progress.report(base + done.addAndGet(n), total, step));
    return new Outcome(scenario, result, fitted, storeFit);
  }

  /**
   * Runs the scenario as {@link #run} does and writes its files ({@link Outcome#write}) into {@code dir}, created as
   * the runs start: a fit that fails (a usage error) leaves no folder behind.
   */
  public static Outcome runInto(Request request, Supplier<StoreFit> fit, Progress progress, Path dir) {
    Outcome outcome = run(request, fit, new FolderFirst(progress, dir));
    createFolder(dir);
    outcome.write(dir);
    return outcome;
  }

  /**
   * Writes {@code file}, the synthetic CAMEO events of replicate 0 of the run {@code outcome} of {@code request}
   * (the same replicate, on the same stream of the seed, as the ensemble's first).
   *
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  public static void writeEvents(Request request, Outcome outcome, Path file) {
    long seed = request.options().seed();
    IntFunction<Simulation> replicates = outcome.fitted() != null ? outcome.fitted().simulations()
        : BargainLinks.replicates(outcome.scenario(), request.links(), request.options().runs(), seed, 1);
    RunSpec withEvents = replicates.apply(0).spec().withEvents(true);
    RunResult run = Mechanisms.simulation(withEvents).run(new SeedSequence(seed).seed(0));
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("scenario,seed,version,replicate,date,actor1,actor2,cameo,quad_class,goldstein\n");
      for (Event e : run.events()) {
        w.write(String.format(Locale.ROOT, "%s,%d,%s,0,%s,%s,%s,%s,%d,%.1f%n", outcome.scenario().id(), seed,
            run.version(), e.date(), e.actor1().country(), e.actor2().country(), e.cameo(), e.quadClass().number(),
            e.goldstein()));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write " + file, ex);
    }
  }

  /** Progress that creates the output folder as the runs start (after the fit: its usage errors leave none). */
  private record FolderFirst(Progress progress, Path out) implements Progress {
    @Override
    public void report(long done, long total, String step) {
      if (step != null && step.startsWith("running")) {
        createFolder(out);
      }
      progress.report(done, total, step);
    }
  }

  private static void createFolder(Path out) {
    if (Files.isDirectory(out)) {
      return;
    }
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create output folder " + out, e);
    }
  }
}
