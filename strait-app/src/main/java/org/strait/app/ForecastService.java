package org.strait.app;

import org.strait.core.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.strait.app.fit.StoreFit;
import org.strait.app.forecast.ForecastChart;
import org.strait.app.forecast.ForecastCsv;
import org.strait.app.forecast.ForecastReports;
import org.strait.app.forecast.ForecastRun;
import org.strait.store.StoreException;
import org.strait.store.StoreReader;

/**
 * The forecast use case, the one home of {@code strait forecast}, the report's forecast and the demo's: the model
 * fitted on a training window (by default every month the store holds events in) forecasts the index from the
 * window's last month, next to the baselines ({@link ForecastRun}), and its files are written.
 */
public final class ForecastService {
  private ForecastService() {}

  /**
   * Returns the training window: {@code train}, checked to lie in the store's {@code span}, or the whole span.
   *
   * @throws IllegalArgumentException when {@code train} lies outside the span, or the window is too short to fit
   */
  public static Window window(Window train, Window span) {
    Window window = train == null ? span : train;
    if (train != null && !span.contains(train)) {
      throw new IllegalArgumentException("--train " + train + " lies outside the data: the store holds events in "
          + span);
    }
    long n = window.months();
    if (n < StoreFit.MIN_MONTHS) {
      throw new IllegalArgumentException((train == null ? "the store covers only " + n + " months (" + span
          + "; --train defaults to all of them)" : "--train " + window + " holds only " + n + " months")
          + ": the fit needs a training window of at least " + StoreFit.MIN_MONTHS + " months");
    }
    return window;
  }

  /**
   * Fits on {@code window} of {@code store} and forecasts {@code months} months from its last month
   * with {@code samples} paths per forecaster.
   *
   * @param threads worker threads for the paths (the result does not depend on them)
   * @throws StoreException when the store cannot be read
   */
  public static ForecastRun run(StoreReader store, Window window, int months, int samples, long seed, int threads,
      boolean withoutIndicators, Progress progress) {
    return ForecastRun.run(store, window.start(), window.end(), months, samples, seed, threads, withoutIndicators,
        progress);
  }

  /**
   * Writes {@code run}'s files into {@code out} (created if missing): forecast.csv, forecast.png and the report,
   * forecast.md or forecast.json after {@code format}; returns the report's text.
   *
   * @param span the first and last month the store holds events in
   */
  public static String write(ForecastRun run, Window span, Path out, String format) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create output folder " + out, e);
    }
    Path csv = ForecastCsv.write(run, out);
    Path png = ForecastChart.write(run, out);
    Path report = out.resolve("forecast." + format);
    List<Path> files = List.of(csv, png, report);
    java.time.YearMonth[] months = {span.start(), span.end()};
    String text = format.equals("md") ? ForecastReports.markdown(run, months, files)
        : ForecastReports.json(run, months, files);
    try {
      Files.writeString(report, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + report, e);
    }
    return text;
  }
}
