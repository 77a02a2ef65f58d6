package org.strait.model;

/**
 * The slow baseline each driver's deviation is measured from: an exponentially weighted mean of the driver's past
 * months with a half-life of {@value #HALF_LIFE_MONTHS} months, starting at each driver's neutral value (0 for a
 * z-score: the mean of the window it was standardised on).
 *
 * <p>Why: a mechanism that pushes the temperature by {@code β·d} each month moves its level by {@code β·d/κ} for
 * as long as {@code d} stays where it is, so a trending driver (US troop numbers, a z-score standardised on years
 * the driver has since left) becomes a drift of the level. Pushing by the deviation {@code d - b} instead, with
 * {@code b} this baseline, a step change of {@code d} by {@code Δ} pushes by {@code βΔ(1-α)^k} in its k-th month
 * (a total of {@code βΔ/α}) and then nothing: the level returns to its equilibrium. A trend of slope {@code g}
 * keeps a deviation of {@code g(1-α)/α}, a bounded shift, never a drift. A forecast that holds the drivers at the
 * origin's values (the unconditional one) sees the deviation decay to zero, so its long run is the equilibrium.
 * The fit ({@code org.strait.fit.Dynamics}) and the simulation ({@link Model}) both update it with
 * {@link #update}.
 */
public final class DriverBaseline {
  /** The baseline's half-life, months. */
  public static final double HALF_LIFE_MONTHS = 12;
  /** The weight of the latest month: {@code 1 - 2^(-1/half-life)}, one minus the baseline's monthly decay. */
  public static final double ALPHA = 1 - CoreParameters.decay(HALF_LIFE_MONTHS);

  private DriverBaseline() {}

  /** Returns a baseline at every driver's neutral value, where a run or a fit starts. */
  public static double[] start() {
    Driver[] all = Driver.values();
    double[] b = new double[all.length];
    for (Driver d : all) {
      b[d.ordinal()] = d.neutral();
    }
    return b;
  }

  /** Moves {@code baseline} towards this month's {@code drivers}, after the month's terms are computed. */
  public static void update(double[] baseline, double[] drivers) {
    for (int i = 0; i < baseline.length; i++) {
      baseline[i] += ALPHA * (drivers[i] - baseline[i]);
    }
  }
}
