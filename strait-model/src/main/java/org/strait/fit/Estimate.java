package org.strait.fit;

import org.strait.core.Require;

/**
 * One fitted parameter: the posterior mode and its 95% interval, from posterior draws or Laplace's approximation
 * ({@link FitResult#sampling()} says which).
 *
 * @param name the parameter's name, e.g. {@code M1.beta}
 * @param value the estimate (posterior mode)
 * @param sd the posterior standard deviation (of the draws, or Laplace's); {@code Infinity} when the data and
 *     prior do not bound it
 * @param lower the interval's lower end
 * @param upper the interval's upper end
 */
public record Estimate(String name, double value, double sd, double lower, double upper) {
  /** Checks the order of the interval. */
  public Estimate {
    Require.nonNull(name, "estimate name");
    Require.argument(sd >= 0, "estimate %s: negative sd %s", name, sd);
    Require.argument(lower <= value && value <= upper, "estimate %s = %s outside its interval %s..%s", name, value,
        lower, upper);
  }

  /** Tells whether the interval excludes zero on the positive side. */
  public boolean positive() {
    return lower > 0;
  }

  /** Tells whether the interval excludes zero on the negative side. */
  public boolean negative() {
    return upper < 0;
  }

  /** Tells whether {@code truth} lies within the interval. */
  public boolean covers(double truth) {
    return truth >= lower && truth <= upper;
  }
}
