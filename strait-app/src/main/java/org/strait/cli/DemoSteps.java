package org.strait.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.strait.app.DemoService;
import org.strait.app.Defaults;
import org.strait.app.IndexService;
import org.strait.app.VerdictService;
import org.strait.app.VerdictsKept;
import org.strait.app.Window;
import org.strait.app.fit.StoreFit;
import org.strait.app.forecast.ForecastChart;
import org.strait.app.forecast.ForecastCsv;
import org.strait.app.forecast.ForecastReports;
import org.strait.app.forecast.ForecastRun;
import org.strait.index.IndexSeries;
import org.strait.index.Measure;
import org.strait.index.TurningPoint;
import org.strait.index.TurningPointOptions;
import org.strait.index.TurningPointResult;

/**
 * The steps of {@code strait demo} that read the record after the ingest, each a use case of {@code org.strait.app}
 * printed as the command of the same name prints it: the events per source and year, the index and its turning
 * points, the verdicts and the forecast ({@link DemoCases} runs the scenarios and the bargaining cases). A step that
 * fails prints its message as its command would and gives that command's exit code; the demo goes on with the next.
 */
final class DemoSteps {
  private final Path db;
  private final DemoService demo;
  private final PrintWriter out;
  private final PrintWriter err;

  DemoSteps(Path db, DemoService demo, PrintWriter out, PrintWriter err) {
    this.db = db;
    this.demo = demo;
    this.out = out;
    this.err = err;
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
    return step("verdicts", err, () -> {
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
        span, demo.samples(), demo.seed());
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
  interface Step {
    void run() throws Exception;
  }

  /**
   * Runs {@code step}, the work of {@code strait command}; a failure is printed on {@code err} as that command prints
   * it, and its exit code returned.
   */
  static int step(String command, PrintWriter err, Step step) {
    try {
      step.run();
      return ExitCodes.OK;
    } catch (Exception e) {
      return Failures.report(command, e, err);
    }
  }
}
