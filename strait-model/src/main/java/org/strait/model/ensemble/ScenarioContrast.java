package org.strait.model.ensemble;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.strait.core.Require;

/**
 * What a scenario changes against a reference ensemble of the same seed, runs and months: the mean change of the
 * temperature in the last month and of each shared threshold's probability of being crossed by then, each with its
 * Monte Carlo standard error.
 *
 * <p>Replicate r of both ensembles draws from stream r of the same seed (common random numbers), so the difference is
 * taken run by run, d_r = x_r(scenario) − x_r(reference), and its standard error is sd(d)/√n: the noise the two runs
 * share cancels, and what remains is the noise of the difference itself.
 *
 * @param scenarioId the scenario
 * @param referenceId the reference it is compared with, e.g. {@code baseline}
 * @param end the last month, where the temperature is compared
 * @param temperature the mean end temperature of the scenario and its change against the reference
 * @param thresholds per threshold the two have in common (same name, level and side): the probabilities and their
 *     change
 */
public record ScenarioContrast(String scenarioId, String referenceId, YearMonth end, Change temperature,
    List<ThresholdChange> thresholds) {

  /**
   * A scenario's value beside the reference's and the paired change.
   *
   * @param scenario the scenario's mean over its runs
   * @param reference the reference's mean over its runs
   * @param change the mean of the paired differences (= scenario − reference)
   * @param se the Monte Carlo standard error of {@code change}, sd(d)/√n
   */
  public record Change(double scenario, double reference, double change, double se) {
    /** Tells whether the change is more than two standard errors from zero. */
    public boolean beyondNoise() {
      return Math.abs(change) > 2 * se;
    }
  }

  /**
   * The change in one threshold's probability of being crossed by the last month.
   *
   * @param threshold the threshold
   * @param probability the scenario's and the reference's probability and the paired change
   */
  public record ThresholdChange(Threshold threshold, Change probability) {}

  /** Copies the list. */
  public ScenarioContrast {
    thresholds = List.copyOf(thresholds);
  }

  /**
   * Compares {@code scenario} with {@code reference}.
   *
   * @throws IllegalArgumentException when the two differ in seed, runs, first month or number of months, so that
   *     their runs cannot be paired
   */
  public static ScenarioContrast of(EnsembleResult scenario, EnsembleResult reference) {
    Require.argument(pairable(scenario, reference),
        "scenario %s (seed %s, %s runs, %s months from %s) cannot be paired with %s (seed %s, %s runs, %s months"
            + " from %s)", scenario.scenarioId(), scenario.seed(), scenario.runs(), scenario.months(),
        scenario.start(), reference.scenarioId(), reference.seed(), reference.runs(), reference.months(),
        reference.start());
    Require.argument(scenario.runs() >= 2 && scenario.months() >= 1, "scenario %s has too few runs or months to"
        + " compare (%s runs, %s months)", scenario.scenarioId(), scenario.runs(), scenario.months());
    int n = scenario.runs();
    int last = scenario.months() - 1;
    double[] a = new double[n];
    double[] b = new double[n];
    for (int r = 0; r < n; r++) {
      a[r] = scenario.path(r, last);
      b[r] = reference.path(r, last);
    }
    List<ThresholdChange> changes = new ArrayList<>();
    for (ThresholdCurve curve : scenario.thresholds()) {
      Threshold t = curve.threshold();
      if (reference.thresholds().stream().noneMatch(c -> same(c.threshold(), t))) {
        continue;
      }
      double[] x = new double[n];
      double[] y = new double[n];
      for (int r = 0; r < n; r++) {
        x[r] = crossed(scenario, r, t) ? 1 : 0;
        y[r] = crossed(reference, r, t) ? 1 : 0;
      }
      changes.add(new ThresholdChange(t, paired(x, y)));
    }
    return new ScenarioContrast(scenario.scenarioId(), reference.scenarioId(), scenario.month(last), paired(a, b),
        changes);
  }

  /** Tells whether the runs of {@code a} and {@code b} pair up: same seed, runs, first month and months. */
  public static boolean pairable(EnsembleResult a, EnsembleResult b) {
    return a.seed() == b.seed() && a.runs() == b.runs() && a.start().equals(b.start()) && a.months() == b.months();
  }

  private static boolean same(Threshold a, Threshold b) {
    return a.name().equals(b.name()) && a.level() == b.level() && a.below() == b.below();
  }

  private static boolean crossed(EnsembleResult e, int run, Threshold t) {
    for (int m = 0; m < e.months(); m++) {
      if (t.crossedBy(e.path(run, m))) {
        return true;
      }
    }
    return false;
  }

  private static Change paired(double[] x, double[] y) {
    int n = x.length;
    double sx = 0;
    double sy = 0;
    for (int r = 0; r < n; r++) {
      sx += x[r];
      sy += y[r];
    }
    double mean = (sx - sy) / n;
    double ss = 0;
    for (int r = 0; r < n; r++) {
      double d = x[r] - y[r] - mean;
      ss += d * d;
    }
    return new Change(sx / n, sy / n, mean, Math.sqrt(ss / (n - 1) / n));
  }
}
