package org.strait.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.strait.app.fit.StoreFit;
import org.strait.app.forecast.ForecastChart;
import org.strait.app.forecast.ForecastCsv;
import org.strait.app.forecast.ForecastReports;
import org.strait.app.forecast.ForecastRun;
import org.strait.model.ensemble.Ensemble;
import org.strait.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strait forecast}: the fitted model's unconditional forecast of the index, with the baselines beside it. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
    description = {
        "Fits the model on the training window and forecasts the Japan-Korea index from its last month:"
            + " unconditional posterior-predictive paths (drivers held at the origin, random tests and flares) and"
            + " the climatology, persistence and AR(1) baselines' paths.",
        "Writes forecast.csv (5/25/50/75/95%% quantiles per month and forecaster), forecast.png (the model's fan,"
            + " AR(1)'s median and 90%% band, the last 36 observed months) and forecast.md or forecast.json, which"
            + " it also prints; with at least 48 months, the report gives the model's backtest skill on the"
            + " window's last 24 months."})
final class ForecastCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DbOption db;

  @Option(names = "--months", paramLabel = "N", defaultValue = "" + ForecastRun.DEFAULT_MONTHS,
      description = "Months to forecast (default ${DEFAULT-VALUE}).")
  int months;

  @Option(names = "--train", paramLabel = "YYYY-MM..YYYY-MM",
      description = "Training window; the forecast starts the month after (default: every month the store holds"
          + " events in).")
  String train;

  @Option(names = "--samples", paramLabel = "S", defaultValue = "" + ForecastRun.DEFAULT_SAMPLES,
      description = "Paths per forecaster, and per forecast in the backtest (default ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads for the paths; the result does not depend on them (default: available"
          + " processors).")
  Integer threads;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "forecast",
      description = "Output folder, created if missing (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--without-indicators",
      description = "Run without the yearly indicator files: their drivers are held neutral and the report says so at"
          + " its head. Without this option, missing files are an error.")
  boolean withoutIndicators;

  @Option(names = "--format", paramLabel = "md|json", defaultValue = "md",
      description = "Report format: md or json (default ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    checkOptions();
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    YearMonth[] span;
    ForecastRun run;
    try (EventStore store = db.read();
        TerminalProgress progress = TerminalProgress.start("forecast", spec.commandLine().getErr())) {
      span = StoreFit.span(store.reader());
      YearMonth[] window = window(span);
      run = ForecastRun.run(store.reader(), window[0], window[1], months, samples, seed, workers,
          withoutIndicators, progress);
    }
    String text = write(run, span, out, format);
    PrintWriter w = spec.commandLine().getOut();
    w.print(text);
    w.flush();
    return 0;
  }

  /**
   * Writes {@code run}'s files into {@code out} (created if missing): forecast.csv, forecast.png and the report,
   * forecast.md or forecast.json after {@code format}; returns the report's text.
   *
   * @param span the first and last month the store holds events in
   */
  static String write(ForecastRun run, YearMonth[] span, Path out, String format) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create output folder " + out, e);
    }
    Path csv = ForecastCsv.write(run, out);
    Path png = ForecastChart.write(run, out);
    Path report = out.resolve("forecast." + format);
    List<Path> files = List.of(csv, png, report);
    String text = format.equals("md") ? ForecastReports.markdown(run, span, files)
        : ForecastReports.json(run, span, files);
    try {
      Files.writeString(report, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + report, e);
    }
    return text;
  }

  private void checkOptions() {
    if (months <= 0) {
      throw new IllegalArgumentException("--months must be at least 1, was " + months);
    }
    if (samples < ForecastRun.MIN_SAMPLES) {
      throw new IllegalArgumentException("--samples must be at least " + ForecastRun.MIN_SAMPLES + " (quantiles and"
          + " the backtest's scores need them), was " + samples);
    }
    if ((long) samples * months * 4 > Ensemble.MAX_CELLS) {
      throw new IllegalArgumentException("--samples x --months = " + samples + " x " + months + " is too large: the"
          + " four forecasters' paths are kept in memory (at most " + Ensemble.MAX_CELLS / 4 + ")");
    }
    if (threads != null && threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
    }
    if (!format.equals("md") && !format.equals("json")) {
      throw new IllegalArgumentException("--format must be md or json, was '" + format + "'");
    }
  }

  /** Returns the training window: {@code --train}, checked to lie in the data, or the data's whole span. */
  private YearMonth[] window(YearMonth[] span) {
    YearMonth[] window = train == null ? span : FitWindows.window("--train", train);
    if (train != null && (window[0].isBefore(span[0]) || window[1].isAfter(span[1]))) {
      throw new IllegalArgumentException("--train " + window[0] + ".." + window[1] + " lies outside the data: the"
          + " store holds events in " + span[0] + ".." + span[1]);
    }
    long n = window[0].until(window[1], ChronoUnit.MONTHS) + 1;
    if (n < StoreFit.MIN_MONTHS) {
      throw new IllegalArgumentException((train == null ? "the store covers only " + n + " months (" + span[0]
          + ".." + span[1] + "; --train defaults to all of them)" : "--train " + window[0] + ".." + window[1]
          + " holds only " + n + " months") + ": the fit needs a training window of at least " + StoreFit.MIN_MONTHS
          + " months");
    }
    return window;
  }
}
