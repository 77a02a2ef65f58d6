package org.strait.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.strait.core.Require;
import org.strait.core.numeric.Draws;

/*
 * The three baselines every forecast is compared with (MODEL.md, "Judging the mechanisms"):
 *
 *   climatology  y(t+h) ~ the empirical distribution of the observed history (values drawn with replacement);
 *   persistence  the random walk y(t+h) = y(t) + Σ_{k=1..h} e_k, e_k ~ N(0, σ_Δ²), σ_Δ the standard deviation of
 *                the history's month-on-month changes;
 *   AR(1)        y(t+1) = c + φ y(t) + e, e ~ N(0, σ²), with c, φ by least squares on consecutive observed months
 *                (φ kept as estimated; a unit root is not imposed) and σ the residual standard deviation.
 *
 * Months without an observation are skipped: changes and pairs are formed only from consecutive observed months,
 * and forecasts start from the last observed value, g months before the origin when the months after it were not
 * observed: AR(1) and persistence then step g + h times to reach month origin + h (issue 20; before, they stepped h
 * times, forecasting the month after a two-year gap as if it followed the last observation).
 */

/** The baseline forecasters: climatology, persistence (random walk) and AR(1). */
public final class Baselines {
  private Baselines() {}

  /** Returns the three baselines, in the order reports list them. */
  public static List<Forecaster> all() {
    return List.of(new Climatology(), new Persistence(), new Ar1());
  }

  static double lastObserved(MonthlySeries history) {
    return history.at(history.length() - 1 - unobservedAtEnd(history));
  }

  /** Returns how many months at the end of the history were not observed (0 when the origin was). */
  static int unobservedAtEnd(MonthlySeries history) {
    for (int i = history.length() - 1; i >= 0; i--) {
      if (!Double.isNaN(history.at(i))) {
        return history.length() - 1 - i;
      }
    }
    throw new IllegalArgumentException("the history up to " + history.end() + " has no observed month");
  }

  /** Returns the pairs (y(t-1), y(t)) of consecutive observed months. */
  static double[][] pairs(MonthlySeries history) {
    List<double[]> out = new ArrayList<>();
    for (int i = 1; i < history.length(); i++) {
      double a = history.at(i - 1);
      double b = history.at(i);
      if (!Double.isNaN(a) && !Double.isNaN(b)) {
        out.add(new double[] {a, b});
      }
    }
    return out.toArray(new double[0][]);
  }

  static double sd(double[] x, double mean) {
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    return x.length > 1 ? Math.sqrt(ss / (x.length - 1)) : 0;
  }

  /** One step of a random recursion: the next value after {@code y}, given a standard normal draw {@code e}. */
  interface Step {
    double next(double y, double e);
  }

  /**
   * Draws paths of a random recursion from the last observed value: it steps over the unobserved months at the end
   * of the history, then once per month of the horizon, each step told one {@link Draws#normal} draw.
   */
  static double[][] stepped(MonthlySeries history, int horizon, int samples, SplittableRandom rng, Step step) {
    double last = lastObserved(history);
    int gap = unobservedAtEnd(history);
    double[][] out = new double[samples][horizon];
    for (double[] path : out) {
      double y = last;
      for (int g = 0; g < gap; g++) {
        y = step.next(y, Draws.normal(rng));
      }
      for (int h = 0; h < horizon; h++) {
        y = step.next(y, Draws.normal(rng));
        path[h] = y;
      }
    }
    return out;
  }

  /** Draws from the history's observed values. */
  static final class Climatology implements Forecaster {
    @Override
    public String name() {
      return "climatology";
    }

    @Override
    public double[][] paths(MonthlySeries history, int horizon, int samples, SplittableRandom rng) {
      double[] observed = history.observed();
      Require.argument(observed.length > 0, "climatology needs an observed month before %s", history.end());
      double[][] out = new double[samples][horizon];
      for (double[] path : out) {
        for (int h = 0; h < horizon; h++) {
          path[h] = observed[rng.nextInt(observed.length)];
        }
      }
      return out;
    }
  }

  /** The Gaussian random walk from the last observed value. */
  static final class Persistence implements Forecaster {
    @Override
    public String name() {
      return "persistence";
    }

    @Override
    public double[][] paths(MonthlySeries history, int horizon, int samples, SplittableRandom rng) {
      double[][] pairs = pairs(history);
      Require.argument(pairs.length >= 2, "persistence needs two pairs of consecutive months before %s",
          history.end());
      double[] changes = new double[pairs.length];
      for (int i = 0; i < pairs.length; i++) {
        changes[i] = pairs[i][1] - pairs[i][0];
      }
      double sigma = sd(changes, 0);
      return stepped(history, horizon, samples, rng, (y, e) -> y + sigma * e);
    }
  }

  /** The AR(1) model fitted by least squares. */
  static final class Ar1 implements Forecaster {
    @Override
    public String name() {
      return "ar1";
    }

    @Override
    public double[][] paths(MonthlySeries history, int horizon, int samples, SplittableRandom rng) {
      double[] fit = fit(history);
      double c = fit[0];
      double phi = fit[1];
      double sigma = fit[2];
      return stepped(history, horizon, samples, rng, (y, e) -> c + phi * y + sigma * e);
    }

    /** Returns {c, φ, σ} by least squares on the pairs of consecutive observed months. */
    static double[] fit(MonthlySeries history) {
      double[][] pairs = pairs(history);
      Require.argument(pairs.length >= 3, "AR(1) needs three pairs of consecutive months before %s", history.end());
      int n = pairs.length;
      double mx = 0;
      double my = 0;
      for (double[] p : pairs) {
        mx += p[0];
        my += p[1];
      }
      mx /= n;
      my /= n;
      double sxy = 0;
      double sxx = 0;
      for (double[] p : pairs) {
        sxy += (p[0] - mx) * (p[1] - my);
        sxx += (p[0] - mx) * (p[0] - mx);
      }
      double phi = sxx > 0 ? sxy / sxx : 0;
      double c = my - phi * mx;
      double ss = 0;
      for (double[] p : pairs) {
        double e = p[1] - c - phi * p[0];
        ss += e * e;
      }
      return new double[] {c, phi, Math.sqrt(ss / Math.max(1, n - 2))};
    }
  }
}
