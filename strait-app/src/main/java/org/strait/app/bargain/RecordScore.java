package org.strait.app.bargain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strait.bargain.BargainModel;
import org.strait.bargain.EuOptions;
import org.strait.bargain.ExpectedUtilityModel;
import org.strait.bargain.MonteCarlo;
import org.strait.bargain.MonteCarloResult;
import org.strait.bargain.Outcomes;
import org.strait.bargain.SmpOptions;
import org.strait.bargain.SpatialModel;
import org.strait.bargain.Uncertainty;
import org.strait.core.Require;
import org.strait.scenario.YamlFolder;

/**
 * The bargaining models scored against disputes with known outcomes (the record set, {@code cases/record}): for
 * each case the spatial model's and the expected-utility model's predicted outcome (the capability × salience
 * weighted median of the final positions, KTAB's and Scholz et al.'s default options), the weighted-mean baseline
 * of the initial positions, each one's absolute error against the observed outcome, and whether the models' Monte
 * Carlo 10–90% interval of the predicted outcome holds it.
 *
 * @param rows one per case, in file-name order
 * @param runs Monte Carlo runs per case and model
 * @param seed the Monte Carlo seed
 */
public record RecordScore(List<Row> rows, int runs, long seed) {
  /** Copies. */
  public RecordScore {
    rows = List.copyOf(rows);
  }

  /**
   * One scored case.
   *
   * @param id the case's id
   * @param observed the observed outcome on the case's scale
   * @param baseline the weighted mean of the initial positions
   * @param smp the spatial model's prediction and interval
   * @param eu the expected-utility model's prediction and interval
   */
  public record Row(String id, double observed, double baseline, Prediction smp, Prediction eu) {}

  /**
   * A model's prediction for one case.
   *
   * @param point the deterministic run's predicted outcome
   * @param low the Monte Carlo 10% quantile of the predicted outcome
   * @param high the 90% quantile
   */
  public record Prediction(double point, double low, double high) {
    /** Whether the 10–90% interval holds {@code observed}. */
    public boolean covers(double observed) {
      return low <= observed && observed <= high;
    }
  }

  /** Scores every {@code *.yaml} case of {@code folder}; each must state its observed outcome. */
  public static RecordScore score(Path folder, int runs, long seed, int threads) {
    List<Path> files = YamlFolder.files(folder);
    Require.argument(!files.isEmpty(), "no *.yaml cases in %s", folder);
    List<Row> rows = new ArrayList<>();
    for (Path file : files) {
      BargainCase c = DisputeReaders.read(file);
      if (c.observed() == null) {
        throw new BargainInputException(file, List.of("the record set needs an observed outcome (observed.position)"));
      }
      rows.add(new Row(c.dispute().id(), c.observed(), Outcomes.baseline(c.dispute(), 0),
          predict(new SpatialModel(SmpOptions.defaults()), c, runs, seed, threads),
          predict(new ExpectedUtilityModel(EuOptions.defaults()), c, runs, seed, threads)));
    }
    return new RecordScore(rows, runs, seed);
  }

  private static Prediction predict(BargainModel model, BargainCase c, int runs, long seed, int threads) {
    MonteCarloResult mc = new MonteCarlo(model, Uncertainty.defaults(), runs, seed, threads).run(c.dispute());
    return new Prediction(mc.base().median(0), mc.quantile(0, 0.10), mc.quantile(0, 0.90));
  }

  /** Returns the table in Markdown with a closing line of mean absolute errors, coverage and wins. */
  public String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("| case | observed | baseline (error) | smp (error) | smp 10–90% | eu (error) | eu 10–90% |\n");
    b.append("|---|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      b.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f (%.1f) | %.1f (%.1f) | %.1f–%.1f %s | %.1f (%.1f) | "
              + "%.1f–%.1f %s |%n", r.id(), r.observed(), r.baseline(), Math.abs(r.baseline() - r.observed()),
          r.smp().point(), Math.abs(r.smp().point() - r.observed()), r.smp().low(), r.smp().high(),
          r.smp().covers(r.observed()) ? "holds" : "misses", r.eu().point(), Math.abs(r.eu().point() - r.observed()),
          r.eu().low(), r.eu().high(), r.eu().covers(r.observed()) ? "holds" : "misses"));
    }
    b.append(String.format(Locale.ROOT,
        "| mean absolute error | | %.1f | %.1f | holds %d of %d | %.1f | holds %d of %d |%n",
        meanError(Row::baseline), meanError(r -> r.smp().point()), covered(true), rows.size(),
        meanError(r -> r.eu().point()), covered(false), rows.size()));
    return b.toString();
  }

  /** Returns plain sentences: which model beats the baseline on how many cases, and on average. */
  public String verdict() {
    return String.format(Locale.ROOT, "Against the weighted-mean baseline (mean absolute error %.1f): the spatial "
            + "model %s on average (%.1f), closer on %d of %d cases; the expected-utility model %s (%.1f), closer on "
            + "%d of %d. Monte Carlo seed %d, %d runs per case and model.",
        meanError(Row::baseline), word(meanError(r -> r.smp().point())), meanError(r -> r.smp().point()),
        closer(true), rows.size(), word(meanError(r -> r.eu().point())), meanError(r -> r.eu().point()),
        closer(false), rows.size(), seed, runs);
  }

  /** Within one point of the baseline's mean error counts as level: six cases cannot tell such a gap from noise. */
  private String word(double error) {
    double base = meanError(Row::baseline);
    return Math.abs(error - base) < 1 ? "is level with it" : error < base ? "beats it" : "loses to it";
  }

  private double meanError(java.util.function.ToDoubleFunction<Row> f) {
    return rows.stream().mapToDouble(r -> Math.abs(f.applyAsDouble(r) - r.observed())).average().orElse(Double.NaN);
  }

  private long covered(boolean smp) {
    return rows.stream().filter(r -> (smp ? r.smp() : r.eu()).covers(r.observed())).count();
  }

  private long closer(boolean smp) {
    return rows.stream().filter(r -> Math.abs((smp ? r.smp() : r.eu()).point() - r.observed())
        < Math.abs(r.baseline() - r.observed())).count();
  }
}
