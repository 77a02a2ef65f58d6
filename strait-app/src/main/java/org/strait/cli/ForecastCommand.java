package org.strait.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.strait.app.Defaults;
import org.strait.app.ForecastService;
import org.strait.app.StoreSpan;
import org.strait.app.Window;
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
        "Fits the model on the training window and forecasts the relation index of Japan and South Korea from the"
            + " window's last month, beside the baselines.",
        "The model's paths are unconditional posterior-predictive paths (drivers held at the origin, random tests"
            + " and flares); the climatology, persistence and AR(1) baselines give theirs.",
        "Writes forecast.csv (5/25/50/75/95%% quantiles per month and forecaster), forecast.png (the model's fan,"
            + " AR(1)'s median and 90%% band, the last 36 observed months) and forecast.md or forecast.json, which"
            + " it also prints; with at least 48 months, the report gives the model's backtest skill on the"
            + " window's last 24 months."})
final class ForecastCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DbOption db;

  @Option(names = "--months", paramLabel = "N", defaultValue = "" + Defaults.FORECAST_MONTHS,
      description = "Months to forecast. Default: ${DEFAULT-VALUE}.")
  int months;

  @Mixin TrainOption train;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "" + Defaults.FORECAST_SAMPLES,
      description = "Paths per forecaster, and per forecast in the backtest, at least " + ForecastRun.MIN_SAMPLES + "."
          + " Default: ${DEFAULT-VALUE}.")
  int samples;

  @Mixin SeedOption seed;

  @Mixin ThreadsOption threads;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "forecast",
      description = "Output folder, created if missing. Default: ${DEFAULT-VALUE}, in the working folder.")
  Path out;

  @Option(names = "--without-indicators", description = FitOptions.WITHOUT_INDICATORS)
  boolean withoutIndicators;

  @Mixin ReportFormatOption format;

  @Override
  public Integer call() {
    checkOptions();
    int workers = threads.workers();
    Window span;
    ForecastRun run;
    try (EventStore store = db.read();
        TerminalProgress progress = TerminalProgress.start("forecast", spec.commandLine().getErr())) {
      span = StoreSpan.of(store);
      Window window = ForecastService.window(train.window(), span);
      run = ForecastService.run(store.reader(), window, months, samples, seed.value, workers, withoutIndicators,
          progress);
    }
    String text = ForecastService.write(run, span, out, format.value());
    PrintWriter w = spec.commandLine().getOut();
    w.print(text);
    w.flush();
    return 0;
  }

  private void checkOptions() {
    Usage.check(months > 0, "--months must be at least 1, was %d", months);
    Usage.check(samples >= ForecastRun.MIN_SAMPLES, "--samples must be at least %d (quantiles and the backtest's"
        + " scores need them), was %d", ForecastRun.MIN_SAMPLES, samples);
    Usage.check((long) samples * months * 4 <= Ensemble.MAX_CELLS, "--samples x --months = %d x %d is too large:"
        + " the four forecasters' paths are kept in memory (at most %d)", samples, months, Ensemble.MAX_CELLS / 4);
    format.value();
  }
}
