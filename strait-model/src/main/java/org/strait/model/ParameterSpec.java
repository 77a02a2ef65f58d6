package org.strait.model;

import java.util.regex.Pattern;
import org.strait.core.Require;

/**
 * One model parameter as a fitter needs it: name, unit, allowed range, default and prior.
 *
 * @param name dotted name, {@code M1.beta} for mechanisms or {@code core.reversion} and the like for the dynamics
 * @param unit its unit, e.g. {@code "index points/month per z"}
 * @param lower the smallest allowed value
 * @param upper the largest allowed value
 * @param defaultValue the value used when nothing overrides it; within the range
 * @param prior the prior for fitting
 * @param meaning one sentence on what it does
 */
public record ParameterSpec(
    String name, String unit, double lower, double upper, double defaultValue, Prior prior, String meaning) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]+(\\.[A-Za-z0-9-]+)+");

  /** Checks the name, the range and that the default lies within it. */
  public ParameterSpec {
    Require.argument(name != null && NAME.matcher(name).matches(), "parameter name must be dotted, was '%s'", name);
    Require.nonNull(unit, "parameter unit");
    Require.nonNull(prior, "parameter prior");
    Require.argument(lower <= upper, "parameter %s: lower %s above upper %s", name, lower, upper);
    Require.argument(defaultValue >= lower && defaultValue <= upper,
        "parameter %s: default %s outside %s..%s", name, defaultValue, lower, upper);
    Require.argument(meaning != null && !meaning.isBlank(), "parameter %s needs a meaning", name);
  }

  /** Returns a spec whose default is the centre of a normal prior. */
  public static ParameterSpec normal(
      String name, String unit, double lower, double upper, double mean, double sd, String meaning) {
    return new ParameterSpec(name, unit, lower, upper, mean, new Prior.Normal(mean, sd), meaning);
  }

  /** Returns a spec with a uniform prior over its range and the given default. */
  public static ParameterSpec uniform(
      String name, String unit, double lower, double upper, double defaultValue, String meaning) {
    return new ParameterSpec(name, unit, lower, upper, defaultValue, new Prior.Uniform(lower, upper), meaning);
  }

  /** Tells whether {@code value} is allowed. */
  public boolean admits(double value) {
    return Double.isFinite(value) && value >= lower && value <= upper;
  }
}
