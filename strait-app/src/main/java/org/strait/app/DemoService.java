package org.strait.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strait.app.bargain.BargainCase;
import org.strait.app.bargain.RecordScore;
import org.strait.app.fit.StoreFit;
import org.strait.app.forecast.ForecastRun;
import org.strait.app.scenario.ScenarioFiles;
import org.strait.bargain.Uncertainty;
import org.strait.core.Progress;
import org.strait.index.IndexSeries;
import org.strait.model.ensemble.EnsembleOptions;
import org.strait.scenario.YamlFolder;
import org.strait.store.EventStore;

/**
 * The demo use case, what {@code strait demo} does after the ingest, one step at a time on one store with one run
 * count and seed: the store's span, the verdicts and the forecast over it, every shipped scenario on the fitted
 * model (unless it links bargaining cases) and on the priors, the bargaining cases with the spatial model and the
 * bargaining models scored against the record. The steps run on every core; the fit is kept between scenarios.
 */
public final class DemoService {
  private final Path db;
  private final int runs;
  private final long seed;
  private final int threads = Runtime.getRuntime().availableProcessors();
  private final StoreCache<StoreFit> fits = new StoreCache<>();

  /**
   * Creates the demo of the store file {@code db}.
   *
   * @param runs Monte Carlo runs per scenario and bargaining case; also the forecast's paths ({@link #samples})
   * @param seed the seed of every step
   */
  public DemoService(Path db, int runs, long seed) {
    this.db = db;
    this.runs = runs;
    this.seed = seed;
  }

  /** Returns the Monte Carlo runs per scenario, as given. */
  public int runs() {
    return runs;
  }

  /** Returns the seed of every step. */
  public long seed() {
    return seed;
  }

  /** Returns the Japan–South Korea events per source and year, both directions; empty when the store holds none. */
  public Optional<List<EventCounts.SourceYear>> eventsPerSourceAndYear() {
    try (EventStore store = EventStore.open(db)) {
      return EventCounts.perSourceAndYear(store.reader(), IndexService.JPN_KOR);
    }
  }

  /** Returns the Japan–South Korea index of the store's whole record, by month ({@link IndexService#jpnKor}). */
  public IndexSeries index() {
    try (EventStore store = EventStore.open(db)) {
      return IndexService.jpnKor(store.reader());
    }
  }

  /**
   * Returns the first and last month the store holds events in.
   *
   * @throws IllegalArgumentException when it holds none
   */
  public Window span() {
    try (EventStore store = EventStore.open(db)) {
      return StoreSpan.of(store);
    }
  }

  /**
   * Runs the verdicts with the windows that follow the store: training from {@code span}'s first month, its last
   * {@value Defaults#TEST_MONTHS} months scored, {@value Defaults#VERDICT_SAMPLES} samples.
   */
  public VerdictService.Verdicts verdicts(Window span, Progress.Steps steps) {
    return VerdictService.run(db, spanOf -> TrainTest.resolve(null, null, () -> span), false,
        Defaults.VERDICT_SAMPLES, seed, steps);
  }

  /** Returns the forecast's paths per forecaster: the demo's runs within the forecast's bounds. */
  public int samples() {
    return ForecastRun.samplesFor(runs);
  }

  /**
   * Forecasts the index {@value Defaults#FORECAST_MONTHS} months on from {@code span}'s end, fitted on the whole
   * span, as {@code strait forecast --seed S --samples N} does, and writes its files (report in Markdown) into
   * {@code dir}.
   */
  public ForecastRun forecast(Window span, Path dir, Progress progress) {
    ForecastRun run;
    try (EventStore store = EventStore.open(db)) {
      run = ForecastService.run(store.reader(), span, Defaults.FORECAST_MONTHS, samples(), seed, threads, false,
          progress);
    }
    ForecastService.write(run, span, dir, "md");
    return run;
  }

  /**
   * One scenario run of the demo.
   *
   * @param id the scenario's id
   * @param file the scenario read
   * @param dir where its files go
   * @param fitted true on the model fitted to the store's whole record, false on the priors
   */
  public record ScenarioRun(String id, ScenarioFiles file, Path dir, boolean fitted) {}

  /**
   * Returns the runs of the scenario {@code file}: on the fitted model into {@code results/scenarios/<id>} unless it
   * links bargaining cases, then on the priors into its {@code priors/}.
   *
   * @throws IllegalArgumentException when the file is not a valid scenario
   */
  public static List<ScenarioRun> scenarioRuns(Path file, Path results) {
    String id = YamlFolder.id(file);
    Path dir = results.resolve("scenarios").resolve(id);
    ScenarioFiles scenario = ScenarioFiles.read(file);
    List<ScenarioRun> list = new ArrayList<>();
    if (scenario.links().isEmpty()) {
      list.add(new ScenarioRun(id, scenario, dir, true));
    }
    list.add(new ScenarioRun(id, scenario, dir.resolve("priors"), false));
    return list;
  }

  /** Runs {@code run} with the demo's runs and seed and writes its files ({@link ScenarioService#runInto}). */
  public ScenarioService.Outcome simulate(ScenarioRun run, Progress progress) {
    return ScenarioService.runInto(new ScenarioService.Request(run.file().scenario(), run.file().links(),
        new EnsembleOptions(runs, seed, threads), run.fitted()), run.fitted()
        ? ScenarioService.fitOf(fits, db, null, Defaults.FIT_SEED, run.file().scenario()) : null, progress,
        run.dir());
  }

  /** Returns the Monte Carlo runs per bargaining case: the demo's, at most {@value Defaults#DEMO_BARGAIN_RUNS}. */
  public int caseRuns() {
    return Math.min(runs, Defaults.DEMO_BARGAIN_RUNS);
  }

  /** Returns the Monte Carlo runs per dispute of the record: the demo's, at most {@value Defaults#DEMO_RECORD_RUNS}. */
  public int recordRuns() {
    return Math.min(runs, Defaults.DEMO_RECORD_RUNS);
  }

  /** Returns the position plot's file of the bargaining case {@code file}: {@code results/bargaining/<name>.png}. */
  public static Path plot(Path results, Path file) {
    return results.resolve("bargaining").resolve(YamlFolder.id(file) + ".png");
  }

  /** Runs the bargaining case {@code c} with the spatial model and {@link #caseRuns} Monte Carlo runs. */
  public BargainService.Outcome bargain(BargainCase c) {
    return BargainService.run(c, BargainService.model(BargainService.SMP, Map.of()), caseRuns(),
        Uncertainty.defaults(), seed, threads, Progress.NONE);
  }

  /** Scores the bargaining models against the disputes of {@code record} with {@link #recordRuns} runs each. */
  public RecordScore record(Path record) {
    return RecordScore.score(record, recordRuns(), seed, threads);
  }
}
