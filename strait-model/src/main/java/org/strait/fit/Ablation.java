package org.strait.fit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.strait.core.Require;
import org.strait.core.SeedSequence;
import org.strait.core.Version;
import org.strait.model.MechanismId;
import org.strait.model.SeedClaim;
import org.strait.model.mechanism.Mechanisms;

/**
 * Calibration, backtest and ablation in one run: fits the full model on the training window, backtests it against
 * the baselines on the test window, refits and backtests it once per removed mechanism (warm-started from the full
 * fit, with the same backtest seeds so that the comparison shares its random numbers), and applies
 * {@link VerdictRule} to every claim of {@link Mechanisms#claims()}.
 */
public final class Ablation {
  /** The name of the full model's conditional forecaster in reports. */
  public static final String CONDITIONAL = "model (conditional)";
  /** The name of the full model's unconditional forecaster in reports. */
  public static final String UNCONDITIONAL = "model (unconditional)";
  /** The baseline the verdict's skill is measured against. */
  public static final String REFERENCE_BASELINE = "ar1";
  /** Above this ratio of posterior to prior sd, a verdict's reason says the data barely inform the parameter. */
  public static final double PRIOR_ONLY = 0.9;

  private Ablation() {}

  /**
   * Fits the full model on {@code data.until(trainEnd)} and backtests it on the months after, up to {@code testEnd}.
   *
   * @param data the input; its first month starts the training window
   * @param samples Monte Carlo paths per forecast
   */
  public static BacktestResult backtest(FitResult fit, FitInput data, YearMonth testEnd, int samples, long seed) {
    FitInput visible = data.until(testEnd);
    Require.argument(fit.trainEnd().isBefore(testEnd), "the test window must end after the training window (%s)",
        fit.trainEnd());
    List<Forecaster> forecasters = new ArrayList<>();
    forecasters.add(new ModelForecaster(CONDITIONAL, fit, visible, true));
    forecasters.add(new ModelForecaster(UNCONDITIONAL, fit, visible, false));
    forecasters.addAll(Baselines.all());
    BacktestSettings settings = new BacktestSettings(fit.trainEnd(), testEnd.minusMonths(1),
        BacktestSettings.STANDARD_HORIZONS, samples, seed);
    return Backtest.run(visible.index(), forecasters, settings);
  }

  /** Runs the whole verdict table; {@code progress} hears one line per step. */
  public static VerdictTable run(FitInput data, YearMonth trainEnd, YearMonth testEnd, int samples, long seed,
      Consumer<String> progress) {
    SeedSequence seeds = new SeedSequence(seed);
    FitInput train = data.until(trainEnd);
    progress.accept("fitting the full model on " + data.start() + ".." + trainEnd);
    FitResult full = Calibration.fit(train, FitSpace.all(), FitSpace.defaults(), seeds.seed(0));
    BacktestResult fullBacktest = backtest(full, data, testEnd, samples, seeds.seed(1));
    // the comparisons are made against the full model refitted as the ablations are (same warm start, same lighter
    // sampling), so that a difference is the mechanism's and not the sampling's
    progress.accept("refitting the full model as the ablations are refitted");
    FitResult reference = Calibration.fit(train, FitSpace.all(), full.values(), seeds.seed(0),
        PosteriorSettings.REFIT);
    BacktestResult referenceBacktest = backtest(reference, data, testEnd, samples, seeds.seed(1));
    double[] fullLpd = Lfo.pointwise(reference, data, testEnd);
    Map<MechanismId, FitResult> ablated = new EnumMap<>(MechanismId.class);
    Map<MechanismId, BacktestResult> ablatedBacktests = new EnumMap<>(MechanismId.class);
    Map<MechanismId, Lfo.Comparison> elpd = new EnumMap<>(MechanismId.class);
    Map<MechanismId, Double> detectable = new EnumMap<>(MechanismId.class);
    for (MechanismId id : MechanismId.values()) {
      progress.accept("refitting without " + id);
      Set<MechanismId> without = EnumSet.allOf(MechanismId.class);
      without.remove(id);
      FitResult fit = Calibration.fit(train, without, full.values(), seeds.seed(0), PosteriorSettings.REFIT);
      ablated.put(id, fit);
      ablatedBacktests.put(id, backtest(fit, data, testEnd, samples, seeds.seed(1)));
      elpd.put(id, Lfo.compare(fullLpd, Lfo.pointwise(fit, data, testEnd)));
      detectable.put(id, Detectability.smallest(full, data, testEnd, id, new SeedSequence(seeds.seed(3)).seed(
          id.ordinal())));
    }
    List<Verdict> verdicts = new ArrayList<>();
    for (SeedClaim claim : Mechanisms.claims()) {
      MechanismId id = claim.mechanism();
      verdicts.add(verdict(claim, full, referenceBacktest, ablated.get(id), ablatedBacktests.get(id), elpd.get(id),
          detectable.get(id)));
    }
    return new VerdictTable(data.start(), trainEnd, testEnd, full, fullBacktest, ablated, ablatedBacktests, verdicts,
        seed, Version.current());
  }

  /**
   * Returns the verdict on {@code claim} from the full fit (estimate, sign probability), the backtest {@code
   * fullBacktest} its skill changes are measured from, the ablated fit and backtest, the leave-future-out comparison
   * {@code elpd} (full minus ablated) and the smallest {@code detectable} effect.
   */
  static Verdict verdict(SeedClaim claim, FitResult full, BacktestResult fullBacktest, FitResult without,
      BacktestResult withoutBacktest, Lfo.Comparison elpd, double detectable) {
    Estimate e = full.key(claim.mechanism()).orElseThrow();
    Map<Integer, Double> conditional = skillChange(fullBacktest, withoutBacktest, CONDITIONAL);
    Map<Integer, Double> unconditional = skillChange(fullBacktest, withoutBacktest, UNCONDITIONAL);
    double mean = conditional.values().stream().filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue).average()
        .orElse(Double.NaN);
    double dLogLik = full.logLikIndex() + full.logLikEvents() - without.logLikIndex() - without.logLikEvents();
    org.strait.model.ParameterSpec spec = FitSpace.spec(e.name());
    double priorRatio = e.sd() / priorSd(spec);
    double sign = signProbability(full, e, spec, claim.sign());
    String agreement = VerdictRule.agreement(sign, VerdictRule.helps(elpd.diff(), elpd.se()));
    String reason = VerdictRule.reason(elpd.diff(), elpd.se(), sign, detectable, e.name());
    if (priorRatio > PRIOR_ONLY) {
      reason += String.format(java.util.Locale.ROOT, "; the data barely inform it (sd %.2f of the prior's)",
          priorRatio);
    }
    return new Verdict(claim, e, agreement, conditional, unconditional, mean, dLogLik, priorRatio, elpd.diff(),
        elpd.se(), sign, detectable, VerdictRule.apply(elpd.diff(), elpd.se(), sign), reason);
  }

  /**
   * The posterior probability that the key parameter has sign {@code sign}: the share of the fit's draws on that
   * side (the normal approximation from the estimate when the fit kept none); NaN when the parameter's range starts
   * at zero, where there is no other side.
   */
  static double signProbability(FitResult full, Estimate e, org.strait.model.ParameterSpec spec, int sign) {
    if (spec.lower() >= 0) {
      return Double.NaN;
    }
    PosteriorSample post = full.posterior();
    int j = post.names().indexOf(e.name());
    if (post.size() == 0 || j < 0) {
      double z = sign * e.value() / e.sd();
      return new org.hipparchus.distribution.continuous.NormalDistribution(0, 1).cumulativeProbability(z);
    }
    int hits = 0;
    for (int i = 0; i < post.size(); i++) {
      hits += Math.signum(post.value(i, j)) == sign ? 1 : 0;
    }
    return (double) hits / post.size();
  }

  /**
   * The sd of a parameter's prior: the horseshoe's for a key parameter (twice the half-horseshoe's second moment
   * when its range starts at zero is the same number), else the spec's (a uniform prior's is its range over √12).
   */
  static double priorSd(org.strait.model.ParameterSpec spec) {
    if (FitSpace.isKey(spec.name())) {
      return Shrinkage.size(spec) * Shrinkage.sd();
    }
    return spec.prior() instanceof org.strait.model.Prior.Normal n ? n.sd()
        : (spec.upper() - spec.lower()) / Math.sqrt(12);
  }

  private static Map<Integer, Double> skillChange(BacktestResult full, BacktestResult without, String forecaster) {
    Map<Integer, Double> out = new LinkedHashMap<>();
    for (int h : full.settings().horizons()) {
      double with = full.skill(forecaster, REFERENCE_BASELINE, h).orElse(Double.NaN);
      double wo = without.skill(forecaster, REFERENCE_BASELINE, h).orElse(Double.NaN);
      out.put(h, wo - with);
    }
    return out;
  }
}
