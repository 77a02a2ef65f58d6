package org.strait.fit;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.strait.model.MechanismId;

/**
 * The outcome of one calibration: estimates with intervals, the full parameter values (fitted and fixed), the
 * likelihoods, and what makes it reproducible.
 *
 * @param trainStart the first month the fit saw
 * @param trainEnd the last month the fit saw
 * @param enabled the mechanisms switched on
 * @param estimates one per fitted parameter, in {@link FitSpace#fitted} order
 * @param values every parameter's value (fitted ones at their estimates), the observation noise included
 * @param logLikIndex the log-likelihood of the index (Kalman filter) at the estimate
 * @param logLikEvents the log-likelihood of the chronicle's flares and tests at the estimate
 * @param logPosterior log-likelihood plus log prior density (up to a constant) at the estimate
 * @param observations the number of scalar observations of the index
 * @param evaluations how many times the optimiser and Laplace's approximation evaluated the objective (the sampler's
 *     evaluations are not counted)
 * @param seed the optimiser's seed
 * @param version the strait version
 * @param sampling how the intervals were obtained, with the sampler's seed and diagnostics
 * @param posterior a thinned sample of the posterior draws (empty for Laplace intervals)
 * @param level the filtered latent level after the last month of the window, at the posterior mode
 */
public record FitResult(YearMonth trainStart, YearMonth trainEnd, Set<MechanismId> enabled, List<Estimate> estimates,
    Map<String, Double> values, double logLikIndex, double logLikEvents, double logPosterior, int observations,
    int evaluations, long seed, String version, Sampling sampling,
    PosteriorSample posterior, FilteredLevel level) {
  /** Copies. */
  public FitResult {
    org.strait.core.Require.nonNull(sampling, "sampling");
    org.strait.core.Require.nonNull(posterior, "posterior");
    org.strait.core.Require.nonNull(level, "filtered level");
    enabled = Set.copyOf(enabled);
    estimates = List.copyOf(estimates);
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Returns the estimate of parameter {@code name}, if it was fitted. */
  public Optional<Estimate> estimate(String name) {
    return estimates.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** Returns the estimate of mechanism {@code id}'s key parameter, if the mechanism was on. */
  public Optional<Estimate> key(MechanismId id) {
    return estimate(FitSpace.key(id));
  }

  /** Returns this fit without its posterior draws: forecasts from it hold the parameters at the mode. */
  public FitResult atMode() {
    return new FitResult(trainStart, trainEnd, enabled, estimates, values, logLikIndex, logLikEvents, logPosterior,
        observations, evaluations, seed, version, sampling, PosteriorSample.empty(), level);
  }

  Theta theta() {
    return new Theta(values, enabled);
  }
}
