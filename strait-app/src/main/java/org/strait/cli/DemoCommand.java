package org.strait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.strait.app.IngestSettings;
import org.strait.app.SharedFolders;
import org.strait.app.scenario.BargainLinks;
import org.strait.scenario.ScenarioReader;
import org.strait.app.fit.StoreFit;
import org.strait.app.forecast.ForecastChart;
import org.strait.app.forecast.ForecastCsv;
import org.strait.app.forecast.ForecastReports;
import org.strait.app.forecast.ForecastRun;
import org.strait.core.Country;
import org.strait.core.Dyad;
import org.strait.index.Granularity;
import org.strait.index.IndexPoint;
import org.strait.index.IndexQuery;
import org.strait.index.IndexSeries;
import org.strait.index.RelationIndex;
import org.strait.index.TurningPoint;
import org.strait.index.TurningPointOptions;
import org.strait.index.TurningPointResult;
import org.strait.index.TurningPoints;
import org.strait.index.Weighting;
import org.strait.knowledge.ChronicleNotes;
import org.strait.knowledge.Knowledge;
import org.strait.store.EventQuery;
import org.strait.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strait demo}: the main job, from event files to what strait finds in them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Runs the main job: ingests the event files, then reports on the Japan–South Korea record.",
        "Without --events it uses ../shared/data beside the repository when present."})
final class DemoCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;

  @Option(names = "--events", paramLabel = "DIR", description = "Folder of event files to ingest.")
  Path events;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "2000",
      description = "Monte Carlo runs per scenario and bargaining case; also the forecast's paths per forecaster"
          + " (10 to 2000). Default: ${DEFAULT-VALUE}.")
  int runs;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of every run. Default: 1.")
  long seed;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where forecast, scenario and bargaining outputs go. Default: ~/.strait/demo.")
  Path out;

  @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Dashboard port. Default: 7070.")
  int port;

  @Option(names = "--no-serve", description = "Stop after the reports instead of serving the dashboard.")
  boolean noServe;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = events != null ? events : sharedData();
    int code = 0;
    if (dir == null) {
      out.println("no event files: pass --events DIR (the shared reference data was not found beside the "
          + "repository); continuing with what the store holds");
    } else {
      out.println("== ingest " + dir);
      code = IngestCommand.report(new IngestSettings(db.path(), List.of(dir), null, null, SharedFolders.origins(),
          SharedFolders.stepHours(), Set.copyOf(Country.DEFAULT_SET)), out, spec.commandLine().getErr());
    }
    summary(out);
    index(out);
    code = Math.max(code, verdicts(out));
    Path home = home();
    Path results = this.out != null ? this.out : DbOption.DEFAULT.getParent().resolve("demo");
    forecast(results.resolve("forecast"));
    code = Math.max(code, scenarios(home, results));
    code = Math.max(code, bargaining(home, results));
    if (noServe) {
      return code;
    }
    out.println("== dashboard (Ctrl-C stops it)");
    out.flush();
    return Math.max(code, run("serve", "--db", db.path().toString(), "--port", String.valueOf(port)));
  }

  /**
   * Forecasts the index from the data's last month as {@code strait forecast --seed S --samples N} does (N: the
   * demo's runs within 10..2000), writes its files into {@code dir} and prints the 12-month line and where they are.
   */
  private void forecast(Path dir) {
    PrintWriter out = spec.commandLine().getOut();
    int samples = ForecastRun.samplesFor(runs);
    try (EventStore store = EventStore.open(db.path())) {
      YearMonth[] span;
      try {
        span = StoreFit.span(store.reader());
      } catch (IllegalArgumentException e) {
        out.println("== no forecast: " + e.getMessage());
        return;
      }
      long months = span[0].until(span[1], ChronoUnit.MONTHS) + 1;
      if (months < StoreFit.MIN_MONTHS) {
        out.println("== no forecast: the store covers " + span[0] + ".." + span[1] + ", " + months + " months; the fit"
            + " needs " + StoreFit.MIN_MONTHS);
        return;
      }
      out.printf("== forecast from %s, unconditional (fit on %s..%s, %d paths per forecaster, seed %d)%n", span[1],
          span[0], span[1], samples, seed);
      out.flush();
      ForecastRun run;
      try (TerminalProgress progress = TerminalProgress.start("forecast", null)) {
        run = ForecastRun.run(store.reader(), span[0], span[1], ForecastRun.DEFAULT_MONTHS, samples, seed,
            Runtime.getRuntime().availableProcessors(), false, progress);
      }
      ForecastCommand.write(run, span, dir, "md");
      out.println(ForecastReports.headline(run));
      out.println(run.backtest() == null ? ForecastReports.noBacktest(run)
          : ForecastReports.verdict(run.backtest().backtest()));
      out.println("wrote " + dir.resolve(ForecastCsv.FILE) + ", " + dir.resolve(ForecastChart.FILE) + " and "
          + dir.resolve("forecast.md"));
    }
  }

  /**
   * Runs {@code strait verdicts} with the windows that follow the store (training from its first month, the last
   * {@value FitWindows#DEFAULT_TEST_MONTHS} months scored) and says which they are first.
   */
  private int verdicts(PrintWriter out) {
    YearMonth[] span;
    try (EventStore store = EventStore.open(db.path())) {
      span = StoreFit.span(store.reader());
    } catch (IllegalArgumentException e) {
      out.println("== no verdicts: " + e.getMessage());
      return 0;
    }
    YearMonth testStart = span[1].minusMonths(FitWindows.DEFAULT_TEST_MONTHS - 1L);
    out.println("== which claims the record supports (fit on " + span[0] + ".." + testStart.minusMonths(1)
        + ", scored on " + testStart + ".." + span[1] + ")");
    out.flush();
    return run("verdicts", "--db", db.path().toString(), "--seed", String.valueOf(seed));
  }

  /** Runs every shipped scenario as an ensemble. */
  private int scenarios(Path home, Path results) throws IOException {
    Path folder = home.resolve("scenarios");
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(folder)) {
      out.println("== no scenarios folder at " + folder + ": scenarios skipped");
      return 0;
    }
    out.printf("== scenarios (%d runs each, seed %d; temperature on the index scale), on the model fitted to the"
        + " store's whole record (fit seed 1; as strait simulate --fit); the run on the priors, unfitted, beside it in"
        + " priors/%n", runs, seed);
    out.flush();
    int code = 0;
    try (var files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        String id = file.getFileName().toString().replace(".yaml", "");
        Path dir = results.resolve("scenarios").resolve(id);
        if (BargainLinks.read(file, ScenarioReader.read(file)).isEmpty()) {
          out.println("-- " + id + ", fitted:");
          out.flush();
          code = Math.max(code, run("simulate", file.toString(), "--runs", String.valueOf(runs), "--seed",
              String.valueOf(seed), "--out", dir.toString(), "--fit", "--db", db.path().toString()));
        } else {
          out.println("-- " + id + " links bargaining cases, which the fitted model does not take yet: priors only");
        }
        out.println("-- " + id + ", on the priors (unfitted):");
        out.flush();
        code = Math.max(code, run("simulate", file.toString(), "--runs", String.valueOf(runs), "--seed",
            String.valueOf(seed), "--out", dir.resolve("priors").toString()));
      }
    }
    return code;
  }

  /** Runs the shipped bargaining cases with Monte Carlo over their inputs. */
  private int bargaining(Path home, Path results) throws IOException {
    Path folder = home.resolve("strait-app/src/main/resources/cases");
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    out.printf("== bargaining cases (spatial model, %d Monte Carlo runs, seed %d)%n", Math.min(runs, 500), seed);
    Files.createDirectories(results.resolve("bargaining"));
    int code = 0;
    try (var files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        String id = file.getFileName().toString().replace(".yaml", "");
        code = Math.max(code, run("bargain", file.toString(), "--runs", String.valueOf(Math.min(runs, 500)),
            "--seed", String.valueOf(seed), "--plot", results.resolve("bargaining").resolve(id + ".png").toString()));
      }
    }
    Path record = folder.resolve("record");
    if (Files.isDirectory(record)) {
      int recordRuns = Math.min(runs, 200);
      out.printf("== bargaining models against the record (disputes with known outcomes, %d Monte Carlo runs, seed"
          + " %d)%n", recordRuns, seed);
      org.strait.app.bargain.RecordScore score = org.strait.app.bargain.RecordScore.score(record, recordRuns, seed,
          Runtime.getRuntime().availableProcessors());
      out.print(score.markdown());
      out.println(score.verdict());
      out.flush();
    }
    return code;
  }

  /** Runs another strait command with this command's output streams. */
  private int run(String... args) {
    picocli.CommandLine cli = Main.commandLine();
    cli.setOut(spec.commandLine().getOut());
    cli.setErr(spec.commandLine().getErr());
    return cli.execute(args);
  }

  private void index(PrintWriter out) {
    Dyad dyad = new Dyad(Country.JPN, Country.KOR);
    try (EventStore store = EventStore.open(db.path())) {
      IndexSeries series = RelationIndex.compute(store.reader(), new IndexQuery(dyad, false, null, null,
          Granularity.MONTH, null, Weighting.NONE, IndexQuery.DEFAULT_LEVEL));
      if (series.events() == 0) {
        out.println("== no Japan–South Korea events stored: no index");
        return;
      }
      out.println("== Japan–South Korea relation index (mean Goldstein score, smoothed; 90% interval), by year");
      series.points().stream().collect(java.util.stream.Collectors.groupingBy(p -> p.label().substring(0, 4),
          java.util.TreeMap::new, java.util.stream.Collectors.toList())).forEach((year, points) -> {
            IndexPoint last = points.get(points.size() - 1);
            long events = points.stream().mapToLong(p -> p.stats().events()).sum();
            if (events == 0) {
              out.printf("%s  events %6d  no data: a gap%n", year, events);
              return;
            }
            out.printf("%s  events %6d  December %.2f [%.2f, %.2f]%n", year, events, last.index(), last.lower(),
                last.upper());
          });
      TurningPointResult turns = TurningPoints.detect(series, TurningPointOptions.defaults(),
          ChronicleNotes.of(Knowledge.standard().chronicle(), dyad));
      out.printf("== turning points (false alarms %s a year, seed %d, strait %s)%n",
          turns.options().falseAlarmRate(), turns.options().seed(), turns.version());
      for (TurningPoint t : turns.points()) {
        out.printf("%s  %-5s  %-4s  confidence %.3f  %s %.2f -> %.2f%n", t.label(),
            t.kind().name().toLowerCase(java.util.Locale.ROOT),
            t.direction().name().toLowerCase(java.util.Locale.ROOT), t.confidence(),
            t.measure() == org.strait.index.Measure.GOLDSTEIN ? "mean Goldstein" : "net cooperation", t.before(),
            t.after());
        t.notes().forEach(n -> out.printf("          %s  %s  (%s)%n", n.when(), n.title(), n.source()));
      }
    }
  }

  /** Prints the Japan–South Korea events per source and year, over the years the store holds events in. */
  private void summary(PrintWriter out) {
    out.println("== Japan–South Korea events per source and year (both directions; strict = country entities)");
    try (EventStore store = EventStore.open(db.path())) {
      YearMonth[] span;
      try {
        span = StoreFit.span(store.reader());
      } catch (IllegalArgumentException e) {
        out.println("the store holds no event");
        return;
      }
      List<String> sources = store.reader().sources();
      Dyad dyad = new Dyad(Country.JPN, Country.KOR);
      for (String source : sources) {
        for (int year = span[0].getYear(); year <= span[1].getYear(); year++) {
          LocalDate from = LocalDate.of(year, 1, 1);
          LocalDate to = LocalDate.of(year, 12, 31);
          long all = store.reader().count(new EventQuery(dyad, from, to, source, false));
          if (all > 0) {
            long strict = store.reader().count(new EventQuery(dyad, from, to, source, true));
            out.printf("%-18s %d  events %6d  strict %6d%n", source, year, all, strict);
          }
        }
      }
    }
  }

  /** Returns the repository: {@code STRAIT_HOME} (set by the launcher), or the nearest folder up with scenarios. */
  private static Path home() {
    return org.strait.app.Installation.home();
  }

  private static Path sharedData() {
    Path shared = home().resolve("../shared/data").normalize();
    return Files.isDirectory(shared) ? shared : null;
  }
}
