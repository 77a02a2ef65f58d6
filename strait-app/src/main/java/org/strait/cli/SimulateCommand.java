package org.strait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.strait.app.Defaults;
import org.strait.app.StoreCache;
import org.strait.core.Progress;
import org.strait.app.ScenarioService;
import org.strait.app.fit.StoreFit;
import org.strait.app.scenario.BargainLinks;
import org.strait.app.scenario.FitRecord;
import org.strait.app.scenario.FittedScenario;
import org.strait.scenario.ScenarioReader;
import org.strait.core.Event;
import org.strait.core.SeedSequence;
import org.strait.model.RunResult;
import org.strait.model.RunSpec;
import org.strait.model.Simulation;
import org.strait.model.ensemble.EnsembleOptions;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.model.ensemble.ThresholdCurve;
import org.strait.model.mechanism.Mechanisms;
import org.strait.model.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code strait simulate} command: a scenario file run as a Monte Carlo ensemble, written as CSV and PNG. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
        "Runs a scenario file as a Monte Carlo ensemble and writes quantiles.csv, thresholds.csv and fan.png.",
        "Drivers without a path in the scenario are neutral; the chronicle is not applied (scenario shocks only).",
        "With --fit: calibrated on the store's data first; run r takes posterior draw r mod draws, starts from the"
            + " fit's filtered level (or, inside the window, the observed level), and drivers come from the data (held"
            + " at their last values after the window)."})
final class SimulateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO",
      description = "scenario file (YAML), or the id of one shipped in the installation's scenarios/"
          + " (STRAIT_HOME), e.g. thaw-holds")
  Path scenarioFile;

  @Option(names = "--runs", defaultValue = "" + Defaults.SIMULATE_RUNS, description = "number of replicates (default: ${DEFAULT-VALUE})")
  int runs;

  @Mixin SeedOption seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder, created if missing")
  Path out;

  @Mixin ThreadsOption threads;

  @Option(names = "--events", description = "also write events.csv: synthetic CAMEO events of replicate 0")
  boolean events;

  @Option(names = "--fit", description = "run on a fit of the store's data (--db) with its posterior draws; writes"
      + " fit.json")
  boolean fit;

  @Mixin TrainOption train;

  @Option(names = "--fit-seed", paramLabel = "S",
      description = "with --fit: the fit's seed, as strait backtest --seed (default: 1)")
  Long fitSeed;

  @Mixin DbOption db;

  /** The fits of the store, kept while its file is unchanged, so that scenarios run in one process fit once. */
  static final StoreCache<StoreFit> FITS = new StoreCache<>();

  /** The most replicates (every replicate's path is kept for the quantiles, up to 1,200 months each). */
  static final int MAX_RUNS = 20_000;

  @Override
  public Integer call() {
    if (runs < 1 || runs > MAX_RUNS) {
      throw new IllegalArgumentException("--runs must be within 1.." + MAX_RUNS + ", was " + runs);
    }
    // options first: a bad one is a usage error
    EnsembleOptions options = new EnsembleOptions(runs, seed.value, threads.workers());
    Path file = resolve(scenarioFile, org.strait.core.Installation.home());
    Scenario scenario = ScenarioReader.read(file);
    List<BargainLinks> links = BargainLinks.read(file, scenario);
    if (!fit && (train.given() || fitSeed != null || db.db != null)) {
      throw new IllegalArgumentException("--train, --fit-seed and --db need --fit");
    }
    if (fit && !links.isEmpty()) {
      throw new IllegalArgumentException(file + " links bargaining cases, which --fit does not take yet: run it "
          + "without --fit");
    }
    Supplier<StoreFit> storeFit = !fit ? null : ScenarioService.fitOf(FITS, db.existing(),
        train.window(), fitSeed == null ? Defaults.FIT_SEED : fitSeed,
        scenario);
    ScenarioService.Outcome outcome;
    try (TerminalProgress progress = TerminalProgress.start("simulate " + scenario.id(),
        spec.commandLine().getErr())) {
      outcome = ScenarioService.run(new ScenarioService.Request(scenario, links, options, fit), storeFit,
          new FolderFirst(progress, out));
    }
    outcome.write(out);
    if (events) {
      writeEvents(scenario, eventsSpec(outcome, links), out.resolve("events.csv"));
    }
    print(outcome, out, events, spec.commandLine().getOut());
    return 0;
  }

  /** Prints what {@code strait simulate} prints of a run whose files are in {@code out}. */
  static void print(ScenarioService.Outcome outcome, Path out, boolean events, PrintWriter w) {
    report(outcome.scenario(), outcome.result(), out, events, w);
    if (outcome.fitted() != null) {
      reportFit(outcome.fitted(), outcome.fit(), out, w);
    }
  }

  private RunSpec eventsSpec(ScenarioService.Outcome outcome, List<BargainLinks> links) {
    IntFunction<Simulation> replicates = outcome.fitted() != null ? outcome.fitted().simulations()
        : BargainLinks.replicates(outcome.scenario(), links, runs, seed.value, 1);
    return replicates.apply(0).spec().withEvents(true);
  }

  /** Progress that creates the output folder as the runs start (after the fit: its usage errors leave none). */
  private record FolderFirst(Progress progress, Path out) implements Progress {
    @Override
    public void report(long done, long total, String step) {
      if (step != null && step.startsWith("running") && !Files.isDirectory(out)) {
        createFolder(out);
      }
      progress.report(done, total, step);
    }
  }

  private static void createFolder(Path out) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create output folder " + out, e);
    }
  }

  private static void reportFit(FittedScenario f, StoreFit s, Path out, PrintWriter w) {
    w.printf(Locale.ROOT, "parameters from a fit on %s..%s, fit seed %d (calibration seed %d): %d posterior draws,"
        + " %d used (run r takes draw r mod %d)%n", s.fit().trainStart(), s.fit().trainEnd(), s.seed(),
        s.fit().seed(), f.posteriorDraws(), f.draws().size(), f.draws().size());
    w.println("sampling: " + s.fit().sampling().describe());
    w.printf(Locale.ROOT, "start: %.3f, %s; drivers from the data, held at %s after it;"
        + " chronicle not applied%n", f.level(), f.levelFrom(), s.fit().trainEnd());
    YearMonth before = f.spec().start().minusMonths(1);
    YearMonth end = s.fit().trainEnd();
    if (end.isBefore(before)) {
      w.printf(Locale.ROOT, "note: the window ends %d months before the scenario starts (%s); the level and drivers"
          + " of %s stand in for %s%n", FitRecord.gapMonths(end, before), f.spec().start(), end, before);
    }
    if (!f.replaced().isEmpty()) {
      w.println("the fit replaced the scenario's overrides " + String.join(", ", f.replaced()));
    }
    w.println("wrote " + out.resolve(FitRecord.FILE));
    w.flush();
  }

  /**
   * Returns {@code given} if it is a file, else {@code home/scenarios/<given>.yaml} if that is one.
   *
   * @throws IllegalArgumentException when it is neither (a usage error), naming the shipped ids
   */
  static Path resolve(Path given, Path home) {
    if (Files.exists(given)) {
      return given;
    }
    Path folder = home.resolve("scenarios");
    Path shipped = folder.resolve(given + ".yaml");
    if (given.getNameCount() == 1 && Files.isRegularFile(shipped)) {
      return shipped;
    }
    java.util.List<String> ids = new java.util.ArrayList<>();
    try (java.util.stream.Stream<Path> files = Files.list(folder)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
          .forEach(n -> ids.add(n.substring(0, n.length() - 5)));
    } catch (IOException e) {
      // no shipped folder: say so below
    }
    throw new IllegalArgumentException("scenario file " + given + " does not exist, and no shipped scenario of that"
        + " id is in " + folder + (ids.isEmpty() ? " (no such folder; set STRAIT_HOME to the installation)"
        : " (ids: " + String.join(", ", ids) + ")"));
  }

  private static void report(Scenario scenario, EnsembleResult r, Path out, boolean events, PrintWriter w) {
    int last = r.months() - 1;
    w.printf(Locale.ROOT, "scenario %s: %d runs, seed %d, version %s, %s..%s%n", scenario.id(), r.runs(), r.seed(),
        r.version(), r.month(0), r.month(last));
    w.printf(Locale.ROOT, "temperature in %s: median %.2f, 90%% interval %.2f..%.2f%n", r.month(last),
        r.quantile(2, last), r.quantile(0, last), r.quantile(4, last));
    for (ThresholdCurve c : r.thresholds()) {
      w.printf(Locale.ROOT, "P(%s %s %.2f by %s) = %.3f%n", c.threshold().name(),
          c.threshold().below() ? "below" : "above", c.threshold().level(), r.month(last), c.byEnd());
    }
    w.println("wrote " + out.resolve("quantiles.csv") + ", " + out.resolve("thresholds.csv") + ", "
        + out.resolve("fan.png") + (events ? ", " + out.resolve("events.csv") : ""));
    w.flush();
  }

  private void writeEvents(Scenario scenario, RunSpec withEvents, Path file) {
    long replicateSeed = new SeedSequence(seed.value).seed(0);
    RunResult run = Mechanisms.simulation(withEvents).run(replicateSeed);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("scenario,seed,version,replicate,date,actor1,actor2,cameo,quad_class,goldstein\n");
      for (Event e : run.events()) {
        w.write(String.format(Locale.ROOT, "%s,%d,%s,0,%s,%s,%s,%s,%d,%.1f%n", scenario.id(), seed.value, run.version(),
            e.date(), e.actor1().country(), e.actor2().country(), e.cameo(), e.quadClass().number(),
            e.goldstein()));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write " + file, ex);
    }
  }
}
