package org.strait.model;

import java.util.function.ToDoubleFunction;

/**
 * The law of latent Korean sentiment towards Japan, as the simulation and the fit step it: each month it reverts
 * towards its equilibrium, follows the relation's temperature, falls with each new flare of a history dispute and
 * takes a normal innovation.
 *
 * @param equilibrium the latent level sentiment reverts to
 * @param reversion the share of the gap to equilibrium closed each month
 * @param followsRelation the pull of the temperature, latent units per month per 10 index points
 * @param historyHit the sentiment lost per new flare of a history dispute
 * @param noise the standard deviation of the monthly innovation
 */
public record SentimentDynamics(double equilibrium, double reversion, double followsRelation, double historyHit,
    double noise) {
  /** Returns the law given by the core parameters' values, looked up by name in {@code value}. */
  public static SentimentDynamics of(ToDoubleFunction<String> value) {
    return new SentimentDynamics(value.applyAsDouble(CoreParameters.SENTIMENT_EQUILIBRIUM),
        value.applyAsDouble(CoreParameters.SENTIMENT_REVERSION), value.applyAsDouble(CoreParameters.SENTIMENT_FOLLOWS),
        value.applyAsDouble(CoreParameters.SENTIMENT_HISTORY_HIT), value.applyAsDouble(CoreParameters.SENTIMENT_NOISE));
  }

  /**
   * Returns next month's latent sentiment from this month's {@code latent}, the month's mean temperature
   * {@code temperature} (index points), its new history flares and the standard normal draw {@code noiseDraw}.
   */
  public double next(double latent, double temperature, int historyFlares, double noiseDraw) {
    return latent + (reversion * (equilibrium - latent) + followsRelation * temperature / Model.SCALE
        - historyHit * historyFlares + noise * noiseDraw);
  }
}
