package org.strait.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strait.core.Require;

/**
 * A thinned sample of a fit's posterior: draws of the fitted parameters' values, for forecasts and scenarios that
 * carry the parameters' uncertainty. Empty when the fit's intervals are Laplace's.
 *
 * @param names the fitted parameters, in {@link FitSpace#fitted} order
 * @param draws per draw, the parameters' values in {@code names} order
 */
public record PosteriorSample(List<String> names, double[][] draws) {
  /** How many draws a fit keeps: evenly spaced over the pooled chains. */
  public static final int KEPT = 1_000;

  /** Checks the shape and copies. */
  public PosteriorSample {
    names = List.copyOf(names);
    double[][] copy = new double[draws.length][];
    for (int i = 0; i < draws.length; i++) {
      Require.argument(draws[i].length == names.size(), "posterior draw %s has %s values for %s parameters", i,
          draws[i].length, names.size());
      copy[i] = draws[i].clone();
    }
    draws = copy;
  }

  /** Returns the empty sample. */
  public static PosteriorSample empty() {
    return new PosteriorSample(List.of(), new double[0][]);
  }

  /** Returns every {@code n/KEPT}-th of the {@code pooled} draws (all when there are fewer). */
  static PosteriorSample thin(List<String> names, double[][] pooled) {
    int kept = Math.min(KEPT, pooled.length);
    double[][] out = new double[kept][];
    for (int i = 0; i < kept; i++) {
      out[i] = pooled[(int) ((long) i * pooled.length / kept)];
    }
    return new PosteriorSample(names, out);
  }

  /** Returns how many draws there are. */
  public int size() {
    return draws.length;
  }

  /** Returns {@code base} with draw {@code i}'s values of the fitted parameters put in. */
  public Map<String, Double> values(int i, Map<String, Double> base) {
    Map<String, Double> out = new LinkedHashMap<>(base);
    for (int j = 0; j < names.size(); j++) {
      out.put(names.get(j), draws[i][j]);
    }
    return out;
  }

  /** Returns draw {@code i}'s value of parameter {@code j}. */
  public double value(int i, int j) {
    return draws[i][j];
  }
}
