package org.strait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.strait.app.BargainService;
import org.strait.app.DemoService;
import org.strait.app.Defaults;
import org.strait.app.IndexService;
import org.strait.app.ScenarioService;
import org.strait.app.VerdictService;
import org.strait.app.VerdictsKept;
import org.strait.app.Window;
import org.strait.app.bargain.BargainCase;
import org.strait.app.bargain.RecordScore;
import org.strait.app.fit.StoreFit;
import org.strait.app.forecast.ForecastChart;
import org.strait.app.forecast.ForecastCsv;
import org.strait.app.forecast.ForecastReports;
import org.strait.app.forecast.ForecastRun;
import org.strait.app.scenario.ScenarioFiles;
import org.strait.index.IndexSeries;
import org.strait.index.Measure;
import org.strait.index.TurningPoint;
import org.strait.index.TurningPointOptions;
import org.strait.index.TurningPointResult;
import org.strait.scenario.YamlFolder;

/**
 * The steps of {@code strait demo} after the ingest, each a use case of {@code org.strait.app} printed as the
 * command of the same name prints it: the events per source and year, the index and its turning points, the
 * verdicts, the forecast, the scenarios and the bargaining cases. A step that fails prints its message as its
 * command would and gives that command's exit code; the demo goes on with the next.
 */
final class DemoSteps {
  private final Path db;
  private final int runs;
  private final long seed;
  private final PrintWriter out;
  private final PrintWriter err;
  private final DemoService demo;

  DemoSteps(Path db, int runs, long seed, PrintWriter out, PrintWriter err) {
    this.db = db;
    this.runs = runs;
    this.seed = seed;
    this.out = out;
    this.err = err;
    this.demo = new DemoService(db, runs, seed);
  }

  /** Prints the Japan–South Korea events per source and year, over the years the store holds events in. */
  void summary() {
    out.println("== Japan–South Korea events per source and year (both directions; strict = country entities)");
    demo.eventsPerSourceAndYear().ifPresentOrElse(rows -> rows.forEach(
        r -> out.printf("%-18s %d  events %6d  strict %6d%n", r.source(), r.year(), r.events(), r.strict())),
        () -> out.println("the store holds no event"));
  }

  /** Prints the index by year (its December value) and its turning points with the chronicle's notes. */
  void index() {
    IndexSeries series = demo.index();
    if (series.events() == 0) {
      out.println("== no Japan–South Korea events stored: no index");
      return;
    }
    out.println("== Japan–South Korea relation index (mean Goldstein score shrunk toward its smoothed level;"
        + " 90% interval), by year");
    for (IndexService.Year y : IndexService.byYear(series)) {
      if (y.events() == 0) {
        out.printf("%s  events %6d  no data: a gap%n", y.year(), y.events());
      } else {
        out.printf("%s  events %6d  December %.2f [%.2f, %.2f]%n", y.year(), y.events(), y.last().index(),
            y.last().lower(), y.last().upper());
      }
    }
    TurningPointResult turns = IndexService.turningPoints(series, TurningPointOptions.defaults());
    out.printf("== turning points (false alarms %s a year, seed %d, strait %s)%n",
        turns.options().falseAlarmRate(), turns.options().seed(), turns.version());
    for (TurningPoint t : turns.points()) {
      out.printf("%s  %-5s  %-4s  confidence %.3f  %s %.2f -> %.2f%n", t.label(),
          t.kind().name().toLowerCase(Locale.ROOT), t.direction().name().toLowerCase(Locale.ROOT), t.confidence(),
          t.measure() == Measure.GOLDSTEIN ? "mean Goldstein" : "net cooperation", t.before(), t.after());
      t.notes().forEach(n -> out.printf("          %s  %s  (%s)%n", n.when(), n.title(), n.source()));
    }
  }

  /**
   * Prints the verdicts as {@code strait verdicts} does, with the windows that follow the store (training from its
   * first month, the last {@value Defaults#TEST_MONTHS} months scored), and keeps them in the store.
   */
  int verdicts() {
    Window span = span("verdicts");
    if (span == null) {
      return 0;
    }
    Window test = span.last(Defaults.TEST_MONTHS);
    out.println("== which claims the record supports (fit on " + span.start() + ".." + test.start().minusMonths(1)
        + ", scored on " + test + ")");
    out.flush();
    return step("verdicts", () -> {
      VerdictService.Verdicts verdicts;
      try (TerminalProgress progress = TerminalProgress.start("verdicts", err)) {
        verdicts = demo.verdicts(span, progress.steps(VerdictsKept.steps()));
      }
      out.print(verdicts.markdown());
      out.flush();
      verdicts.keep(db, "strait verdicts");
    });
  }

  /**
   * Forecasts the index from the data's last month as {@code strait forecast --seed S --samples N} does (N: the
   * demo's runs within 10..2000), writes its files into {@code dir} and prints the 12-month line and where they are.
   */
  void forecast(Path dir) {
    Window span = span("forecast");
    if (span == null) {
      return;
    }
    if (span.months() < StoreFit.MIN_MONTHS) {
      out.println("== no forecast: the store covers " + span + ", " + span.months() + " months; the fit needs "
          + StoreFit.MIN_MONTHS);
      return;
    }
    out.printf("== forecast from %s, unconditional (fit on %s, %d paths per forecaster, seed %d)%n", span.end(),
        span, demo.samples(), seed);
    out.flush();
    ForecastRun run;
    try (TerminalProgress progress = TerminalProgress.start("forecast", null)) {
      run = demo.forecast(span, dir, progress);
    }
    out.println(ForecastReports.headline(run));
    out.println(run.backtest() == null ? ForecastReports.noBacktest(run)
        : ForecastReports.verdict(run.backtest().backtest()));
    out.println("wrote " + dir.resolve(ForecastCsv.FILE) + ", " + dir.resolve(ForecastChart.FILE) + " and "
        + dir.resolve("forecast.md"));
  }

  /** Runs every scenario of {@code folder} on the fitted model (unless it links cases) and on the priors. */
  int scenarios(Path folder, Path results) throws IOException {
    if (!Files.isDirectory(folder)) {
      out.println("== no scenarios folder at " + folder + ": scenarios skipped");
      return 0;
    }
    out.printf("== scenarios (%d runs each, seed %d; temperature on the index scale), on the model fitted to the"
        + " store's whole record (fit seed %d; as strait simulate --fit); the run on the priors, unfitted, beside it"
        + " in priors/%n", runs, seed, Defaults.FIT_SEED);
    out.flush();
    int code = 0;
    for (Path file : ScenarioFiles.list(folder)) {
      for (DemoService.ScenarioRun run : DemoService.scenarioRuns(file, results)) {
        if (run.fitted()) {
          out.println("-- " + run.id() + ", fitted:");
        } else {
          if (!run.file().links().isEmpty()) {
            out.println("-- " + run.id() + " links bargaining cases, which the fitted model does not take yet:"
                + " priors only");
          }
          out.println("-- " + run.id() + ", on the priors (unfitted):");
        }
        out.flush();
        code = Math.max(code, step("simulate", () -> {
          ScenarioService.Outcome outcome;
          try (TerminalProgress progress = TerminalProgress.start("simulate " + run.id(), err)) {
            outcome = demo.simulate(run, progress);
          }
          outcome.summary(run.dir(), false).forEach(out::println);
          out.flush();
        }));
      }
    }
    return code;
  }

  /** Runs the bargaining cases of {@code folder} with Monte Carlo over their inputs, then scores the record. */
  int bargaining(Path folder, Path results) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    out.printf("== bargaining cases (spatial model, %d Monte Carlo runs, seed %d)%n", demo.caseRuns(), seed);
    Files.createDirectories(results.resolve("bargaining"));
    int code = 0;
    for (Path file : YamlFolder.files(folder)) {
      Path plot = DemoService.plot(results, file);
      code = Math.max(code, step("bargain", () -> {
        BargainCase c = BargainService.read(file);
        BargainCommand.print(c, demo.bargain(c), "csv", seed, plot, out, err);
      }));
    }
    Path record = folder.resolve("record");
    if (Files.isDirectory(record)) {
      out.printf("== bargaining models against the record (disputes with known outcomes, %d Monte Carlo runs, seed"
          + " %d)%n", demo.recordRuns(), seed);
      RecordScore score = demo.record(record);
      out.print(score.markdown());
      out.println(score.verdict());
      out.flush();
    }
    return code;
  }

  /** Returns the store's span, or null after saying that there is no {@code what}: the store holds no event. */
  private Window span(String what) {
    try {
      return demo.span();
    } catch (IllegalArgumentException e) {
      out.println("== no " + what + ": " + e.getMessage());
      return null;
    }
  }

  /** A step that may fail. */
  @FunctionalInterface
  private interface Step {
    void run() throws Exception;
  }

  /** Runs {@code step}, the work of {@code strait command}; a failure is printed as that command prints it. */
  private int step(String command, Step step) {
    try {
      step.run();
      return ExitCodes.OK;
    } catch (Exception e) {
      return Failures.report(command, e, err);
    }
  }
}
