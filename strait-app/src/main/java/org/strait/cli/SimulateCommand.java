package org.strait.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.strait.app.Defaults;
import org.strait.app.ScenarioService;
import org.strait.app.StoreCache;
import org.strait.app.fit.StoreFit;
import org.strait.app.scenario.ScenarioFiles;
import org.strait.core.Installation;
import org.strait.model.ensemble.EnsembleOptions;
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
        "With --fit the model is calibrated on the store's data first: run r takes posterior draw r mod draws,"
            + " starts from the fit's filtered level (or, inside the window, the observed level), and its drivers"
            + " come from the data (held at their last values after the window)."})
final class SimulateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO",
      description = "Scenario file (YAML), or the id of one shipped in the installation's scenarios/"
          + " (STRAIT_HOME), e.g. thaw-holds.")
  Path scenarioFile;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "" + Defaults.SIMULATE_RUNS,
      description = "Replicates, 1 to " + MAX_RUNS + ". Default: ${DEFAULT-VALUE}.")
  int runs;

  @Mixin SeedOption seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder, created if missing.")
  Path out;

  @Mixin ThreadsOption threads;

  @Option(names = "--events", description = "Also write events.csv: the synthetic CAMEO events of replicate 0.")
  boolean events;

  @Option(names = "--fit", description = "Run on a fit of the store's data (--db) with its posterior draws; also"
      + " writes fit.json.")
  boolean fit;

  @Mixin TrainOption train;

  @Option(names = "--fit-seed", paramLabel = "S",
      description = "With --fit: the fit's seed, as strait backtest --seed. Default: " + Defaults.FIT_SEED + ".")
  Long fitSeed;

  @Mixin DbOption db;

  /** The fits of the store, kept while its file is unchanged, so that scenarios run in one process fit once. */
  static final StoreCache<StoreFit> FITS = new StoreCache<>();

  /** The most replicates (every replicate's path is kept for the quantiles, up to 1,200 months each). */
  static final int MAX_RUNS = 20_000;

  @Override
  public Integer call() {
    Usage.check(runs >= 1 && runs <= MAX_RUNS, "--runs must be within 1..%d, was %d", MAX_RUNS, runs);
    // options first: a bad one is a usage error
    EnsembleOptions options = new EnsembleOptions(runs, seed.value, threads.workers());
    ScenarioFiles file = ScenarioFiles.read(ScenarioFiles.resolve(scenarioFile, Installation.home()));
    Usage.check(fit || !(train.given() || fitSeed != null || db.db != null), "--train, --fit-seed and --db need --fit");
    Usage.check(!fit || file.links().isEmpty(), "%s links bargaining cases, which --fit does not take yet: run it"
        + " without --fit", file.file());
    Supplier<StoreFit> storeFit = !fit ? null : ScenarioService.fitOf(FITS, db.existing(), train.window(),
        fitSeed == null ? Defaults.FIT_SEED : fitSeed, file.scenario());
    ScenarioService.Request request = new ScenarioService.Request(file.scenario(), file.links(), options, fit);
    ScenarioService.Outcome outcome;
    try (TerminalProgress progress = TerminalProgress.start("simulate " + file.scenario().id(),
        spec.commandLine().getErr())) {
      outcome = ScenarioService.runInto(request, storeFit, progress, out);
    }
    if (events) {
      ScenarioService.writeEvents(request, outcome, out.resolve("events.csv"));
    }
    PrintWriter w = spec.commandLine().getOut();
    outcome.summary(out, events).forEach(w::println);
    w.flush();
    return 0;
  }
}
