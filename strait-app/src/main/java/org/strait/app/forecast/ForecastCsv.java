package org.strait.app.forecast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.strait.model.ensemble.EnsembleResult;

/**
 * Writes a forecast's quantiles as tidy CSV, {@code forecast.csv}: one row per forecaster and month, each recording
 * the seed, the version, the paths drawn and the origin.
 */
public final class ForecastCsv {
  /** The file's name. */
  public static final String FILE = "forecast.csv";
  /** The header. */
  public static final String HEADER = "forecaster,seed,version,samples,origin,month,horizon,mean,p05,p25,p50,p75,p95";

  private ForecastCsv() {}

  /** Writes {@value #FILE} into {@code dir} and returns its path. */
  public static Path write(ForecastRun run, Path dir) {
    Path file = dir.resolve(FILE);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER + "\n");
      for (EnsembleResult fan : run.fans()) {
        for (int t = 0; t < fan.months(); t++) {
          w.write(fan.scenarioId() + "," + fan.seed() + "," + fan.version() + "," + fan.runs() + "," + run.origin()
              + "," + fan.month(t) + "," + (t + 1) + "," + num(fan.mean()[t]));
          for (int l = 0; l < ForecastRun.LEVELS.length; l++) {
            w.write("," + num(fan.quantile(l, t)));
          }
          w.write("\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }
}
