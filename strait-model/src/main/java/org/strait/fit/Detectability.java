package org.strait.fit;

import java.time.YearMonth;
import java.util.SplittableRandom;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.strait.model.MechanismId;
import org.strait.model.ParameterSpec;

/*
 * The smallest effect of a mechanism the record could detect (the "detectable" of a verdict). For each size b of a
 * grid (GRID × the key parameter's plausible size, Shrinkage.size), REPLICATES records are simulated from the full
 * fit's posterior mode with the key parameter set to b, over the real record's months: its drivers, its dated
 * shocks, its gaps and its monthly event counts (thin months noisier), so the simulated record is as informative as
 * the real one and no more. On each, the verdict's rule is applied in a reduced form: the key parameter is refitted
 * on the training window (posterior mode under its horseshoe prior, the other parameters held at the full fit's
 * mode, Brent's method), and the one-month-ahead log predictive densities of the test window with that estimate and
 * with the mechanism off are compared (Lfo.compare); the effect is detected when elpdDiff > 2 SE. The detectable
 * size is the smallest b detected in at least POWER of the replicates; +∞ when none of the grid is. Reduced, not
 * the full rule: refitting every parameter and sampling the posterior for every replicate would take hours.
 */

/** The smallest effect size of a mechanism that the record's months would show, by simulation of the fitted model. */
public final class Detectability {
  /** The effect sizes tried, in units of the key parameter's plausible size. */
  static final double[] GRID = {0.25, 0.5, 1, 2, 4};
  /** Simulated records per size. */
  static final int REPLICATES = 8;
  /** The detection probability a size must reach. */
  static final double POWER = 0.8;

  private Detectability() {}

  /**
   * Returns the smallest size of {@code id}'s key parameter (in its own units, on the side of positive values) that
   * the rule detects with probability {@link #POWER} on records like {@code data} through {@code testEnd}, the fit
   * ending at {@code full.trainEnd()}; +∞ when no size of the grid is.
   */
  public static double smallest(FitResult full, FitInput data, YearMonth testEnd, MechanismId id, long seed) {
    Table tab = Table.of(data.until(testEnd));
    int train = (int) (full.trainEnd().getYear() * 12L + full.trainEnd().getMonthValue()
        - data.start().getYear() * 12L - data.start().getMonthValue()) + 1;
    String key = FitSpace.key(id);
    ParameterSpec spec = FitSpace.spec(key);
    double size = Shrinkage.size(spec);
    Theta mode = full.theta();
    SplittableRandom root = new SplittableRandom(seed);
    for (double g : GRID) {
      double b = Math.min(spec.upper(), g * size);
      int detected = 0;
      for (int r = 0; r < REPLICATES; r++) {
        SplittableRandom rng = root.split();
        Theta truth = mode.copy();
        truth.set(key, b);
        Table sim = StateSpace.simulateLike(truth, tab, rng);
        detected += detects(mode, sim, train, key, spec, size, id) ? 1 : 0;
      }
      if (detected >= POWER * REPLICATES) {
        return b;
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  private static boolean detects(Theta mode, Table sim, int train, String key, ParameterSpec spec, double size,
      MechanismId id) {
    Table head = sim.head(train);
    double estimate = new BrentOptimizer(1e-6, 1e-9).optimize(new MaxEval(200), GoalType.MAXIMIZE,
        new SearchInterval(spec.lower(), spec.upper()), new UnivariateObjectiveFunction(v -> {
          Theta th = mode.copy();
          th.set(key, v);
          double ll = StateSpace.filter(th, head).logLik();
          return Double.isFinite(ll) ? ll + Shrinkage.logDensity(v, size) : -1e12;
        })).getPoint();
    Theta with = mode.copy();
    with.set(key, estimate);
    Theta without = mode.without(id);
    double[] a = testMonths(StateSpace.filter(with, sim).monthly, sim, train);
    double[] b = testMonths(StateSpace.filter(without, sim).monthly, sim, train);
    Lfo.Comparison c = Lfo.compare(a, b);
    return c.months() >= 2 && VerdictRule.helps(c);
  }

  private static double[] testMonths(double[] monthly, Table tab, int train) {
    double[] out = new double[monthly.length];
    for (int t = 0; t < out.length; t++) {
      boolean observed = tab.weight[t] > 0 && (!Double.isNaN(tab.headline[t])
          || !Double.isNaN(tab.jpnToKor[t]) && !Double.isNaN(tab.korToJpn[t]));
      out[t] = t >= train && observed ? monthly[t] : Double.NaN;
    }
    return out;
  }
}
