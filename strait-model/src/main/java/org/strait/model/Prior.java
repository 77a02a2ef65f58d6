package org.strait.model;

import org.strait.core.Require;

/** A prior distribution of one parameter, truncated to the parameter's range; for the fitter (issue 6). */
public sealed interface Prior permits Prior.Normal, Prior.Uniform {
  /** Returns the prior's central value, used as the parameter's default. */
  double centre();

  /**
   * A normal prior.
   *
   * @param mean its mean
   * @param sd its standard deviation, positive
   */
  record Normal(double mean, double sd) implements Prior {
    /** Checks the spread. */
    public Normal {
      Require.finite(mean, "prior mean");
      Require.argument(sd > 0 && Double.isFinite(sd), "prior sd must be positive, was %s", sd);
    }

    @Override
    public double centre() {
      return mean;
    }
  }

  /**
   * A uniform prior over an interval.
   *
   * @param lower its lower end
   * @param upper its upper end, above the lower
   */
  record Uniform(double lower, double upper) implements Prior {
    /** Checks the interval. */
    public Uniform {
      Require.argument(lower < upper, "uniform prior needs lower < upper, was %s..%s", lower, upper);
    }

    @Override
    public double centre() {
      return (lower + upper) / 2;
    }
  }
}
