package org.strait.fit;

import java.util.List;
import java.util.SplittableRandom;
import org.strait.core.Require;

/**
 * A mixture of forecasters with {@link Stacking} weights per horizon: at horizon h, the first {@code n_1(h)} paths'
 * values come from component 1, the next {@code n_2(h)} from component 2, and so on, with {@code n_k(h)} the weight
 * times the paths rounded by largest remainder. The mixture is per month: a path's values at two horizons may come
 * from different components. Each component draws its paths from its own split of {@code rng}, in component order;
 * a component with no weight at any horizon is not run.
 */
public final class StackedForecaster extends NamedForecaster {
  private final List<Forecaster> components;
  private final Stacking.Weights weights;

  /**
   * Creates a mixture.
   *
   * @param name the name reports show
   * @param conditional whether the model component is told the forecast period's drivers and shocks
   * @param components the forecasters, in the order of {@code weights.components()}
   * @param weights the weights per horizon
   */
  public StackedForecaster(String name, boolean conditional, List<Forecaster> components, Stacking.Weights weights) {
    super(name, conditional);
    this.components = List.copyOf(components);
    this.weights = Require.nonNull(weights, "weights");
    Require.argument(components.size() == weights.components().size(), "%s components for %s weights",
        components.size(), weights.components().size());
  }

  /** Returns the weights. */
  public Stacking.Weights weights() {
    return weights;
  }

  @Override
  public double[][] paths(MonthlySeries history, int horizon, int samples, SplittableRandom rng) {
    int kk = components.size();
    double[][][] parts = new double[kk][][];
    for (int k = 0; k < kk; k++) {
      SplittableRandom stream = rng.split();
      boolean used = false;
      for (int h = 1; h <= horizon; h++) {
        used |= weights.at(h)[k] > 0;
      }
      if (used) {
        parts[k] = components.get(k).paths(history, horizon, samples, stream);
      }
    }
    double[][] out = new double[samples][horizon];
    for (int h = 1; h <= horizon; h++) {
      int[] counts = allocate(weights.at(h), samples);
      int s = 0;
      for (int k = 0; k < kk; k++) {
        for (int c = 0; c < counts[k]; c++, s++) {
          out[s][h - 1] = parts[k][s][h - 1];
        }
      }
    }
    return out;
  }

  /** Returns {@code samples} split in proportion to {@code w} by largest remainder (ties to the first). */
  static int[] allocate(double[] w, int samples) {
    int[] counts = new int[w.length];
    double[] rem = new double[w.length];
    int given = 0;
    for (int k = 0; k < w.length; k++) {
      double exact = w[k] * samples;
      counts[k] = (int) Math.floor(exact);
      rem[k] = exact - counts[k];
      given += counts[k];
    }
    while (given < samples) {
      int best = -1;
      for (int k = 0; k < w.length; k++) {
        if (w[k] > 0 && (best < 0 || rem[k] > rem[best])) {
          best = k;
        }
      }
      counts[best]++;
      rem[best] = -1;
      given++;
    }
    return counts;
  }
}
