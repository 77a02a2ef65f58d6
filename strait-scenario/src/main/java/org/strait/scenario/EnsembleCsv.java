package org.strait.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.model.ensemble.ThresholdCurve;

/**
 * Writes an ensemble as tidy CSV: {@code quantiles.csv} (one row per month) and {@code thresholds.csv} (one row per
 * threshold and month). Every row records the scenario id, seed, version and number of runs.
 */
public final class EnsembleCsv {
  /** The header of {@code quantiles.csv}. */
  public static final String QUANTILES_HEADER = "scenario,seed,version,runs,month,mean,p05,p25,p50,p75,p95";
  /** The header of {@code thresholds.csv}. */
  public static final String THRESHOLDS_HEADER =
      "scenario,seed,version,runs,threshold,level,direction,month,p_in_month,p_by_month";

  private EnsembleCsv() {}

  /** Writes {@code quantiles.csv} into {@code dir} and returns its path. */
  public static Path writeQuantiles(EnsembleResult e, Path dir) {
    Path file = dir.resolve("quantiles.csv");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(QUANTILES_HEADER + "\n");
      for (int t = 0; t < e.months(); t++) {
        w.write(prefix(e) + e.month(t) + "," + num(e.mean()[t]));
        for (int l = 0; l < e.levels().length; l++) {
          w.write("," + num(e.quantile(l, t)));
        }
        w.write("\n");
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write " + file, ex);
    }
    return file;
  }

  /** Writes {@code thresholds.csv} into {@code dir} and returns its path. */
  public static Path writeThresholds(EnsembleResult e, Path dir) {
    Path file = dir.resolve("thresholds.csv");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(THRESHOLDS_HEADER + "\n");
      for (ThresholdCurve c : e.thresholds()) {
        double[] in = c.inMonth();
        double[] by = c.byMonth();
        for (int t = 0; t < e.months(); t++) {
          w.write(prefix(e) + c.threshold().name() + "," + num(c.threshold().level()) + ","
              + (c.threshold().below() ? "below" : "above") + "," + e.month(t) + "," + num(in[t]) + ","
              + num(by[t]) + "\n");
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write " + file, ex);
    }
    return file;
  }

  private static String prefix(EnsembleResult e) {
    return e.scenarioId() + "," + e.seed() + "," + e.version() + "," + e.runs() + ",";
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }
}
