package org.strait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.strait.app.Defaults;
import org.strait.app.report.ReportFile;
import org.strait.app.report.ReportSettings;
import org.strait.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code strait report}: one self-contained HTML file of the index, turning points, verdicts, backtest, forecast,
 * scenarios and bargaining.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes one self-contained HTML report (charts embedded, no external links) on the Japan–South Korea"
        + " record.",
        "It holds the index with its turning points annotated from the chronicle, the verdicts and backtest scores"
            + " against the baselines, the forecast from the data's last month next to AR(1)'s with its backtest"
            + " skill, fan charts of the shipped scenarios and the wartime-labour bargaining case."})
final class ReportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;

  @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "The report file to write (.html).")
  Path out;

  @Mixin SeedOption seed;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "" + Defaults.REPORT_RUNS,
      description = "Runs per scenario ensemble and bargaining Monte Carlo, 2 to " + SimulateCommand.MAX_RUNS + "; also"
          + " the paths per forecast of the verdicts' backtest (10 to 500) and the forecast's paths per forecaster"
          + " (10 to 2000). Default: ${DEFAULT-VALUE}.")
  int runs;

  @Mixin FalseAlarmOption falseAlarm;

  @Mixin ThreadsOption threads;

  @Option(names = "--scenarios", paramLabel = "DIR",
      description = "Scenario folder. Default: the installation's scenarios/ (STRAIT_HOME).")
  Path scenarios;

  @Option(names = "--case", paramLabel = "FILE.yaml",
      description = "Bargaining case file. Default: the shipped wartime-labour case.")
  Path bargainCase;

  @Option(names = "--no-verdicts",
      description = "Leave out the calibration, verdicts and backtest (about a minute on ten years of data).")
  boolean noVerdicts;

  @Option(names = "--no-forecast",
      description = "Leave out the forecast from the data's last month and its backtest (two fits).")
  boolean noForecast;

  @Override
  public Integer call() throws IOException {
    Usage.check(out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".html"),
        "--out must name an .html file, was %s", out);
    Usage.check(runs >= 2 && runs <= SimulateCommand.MAX_RUNS, "--runs must be within 2..%d, was %d",
        SimulateCommand.MAX_RUNS, runs);
    double rate = falseAlarm.value();
    int workers = threads.workers();
    Path folder = scenarios != null ? scenarios : org.strait.core.Installation.scenarios();
    Usage.check(scenarios == null || Files.isDirectory(scenarios), "--scenarios %s is not a folder",
        scenarios);
    Usage.check(bargainCase == null || Files.isRegularFile(bargainCase), "--case %s is not a file",
        bargainCase);
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(folder)) {
      err.println("strait report: no scenarios folder at " + folder.toAbsolutePath() + "; scenarios left out");
      folder = null;
    }
    int chars;
    try (ReportFile.ShippedCase shipped = bargainCase == null ? ReportFile.ShippedCase.copy() : null;
        EventStore store = db.read();
        TerminalProgress progress = TerminalProgress.start("report", err)) {
      ReportSettings settings = new ReportSettings(db.path().getFileName().toString(), seed.value, runs, rate,
          workers, folder, bargainCase != null ? bargainCase : shipped.file(), !noVerdicts, !noForecast);
      chars = ReportFile.write(settings, store.reader(), out, progress);
    }
    spec.commandLine().getOut().println("wrote " + out + " (" + chars + " characters)");
    spec.commandLine().getOut().flush();
    err.flush();
    return 0;
  }
}
