package org.strait.model;

import java.util.function.ToDoubleFunction;

/**
 * The North Korean test processes as the simulation and the fit read them: the threat state's monthly decay and, for
 * nuclear tests and major missile launches, the threat one adds and its base rate.
 *
 * @param decay the share of the threat state kept each month ({@link CoreParameters#decay} of its half-life)
 * @param nuclearWeight threat added by one nuclear test, z units
 * @param nuclearRate base rate of nuclear tests, per month
 * @param missileWeight threat added by one major missile launch, z units
 * @param missileRate base rate of major missile launches, per month
 */
public record ThreatProcess(double decay, double nuclearWeight, double nuclearRate, double missileWeight,
    double missileRate) {
  /** Returns the process given by the core parameters' values, looked up by name in {@code value}. */
  public static ThreatProcess of(ToDoubleFunction<String> value) {
    return new ThreatProcess(CoreParameters.decay(value.applyAsDouble(CoreParameters.THREAT_HALF_LIFE)),
        value.applyAsDouble(CoreParameters.NUCLEAR_WEIGHT), value.applyAsDouble(CoreParameters.NUCLEAR_RATE),
        value.applyAsDouble(CoreParameters.MISSILE_WEIGHT), value.applyAsDouble(CoreParameters.MISSILE_RATE));
  }

  /**
   * Returns the long-run mean of the threat state when tests arrive at their base rates: each month adds
   * {@code w_n·λ_n + w_m·λ_m} and keeps {@code decay} of the rest, so the mean is their sum over {@code 1 - decay}.
   */
  public double baseline() {
    return (nuclearWeight * nuclearRate + missileWeight * missileRate) / (1 - decay);
  }

  /** Returns this process with the base rate of nuclear tests {@code rate}. */
  public ThreatProcess withNuclearRate(double rate) {
    return new ThreatProcess(decay, nuclearWeight, rate, missileWeight, missileRate);
  }

  /** Returns this process with the base rate of major missile launches {@code rate}. */
  public ThreatProcess withMissileRate(double rate) {
    return new ThreatProcess(decay, nuclearWeight, nuclearRate, missileWeight, rate);
  }
}
