package org.strait.fit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.IntStream;
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
  /** The name of the stacked mixture of the conditional model with AR(1) and climatology ({@link Stacking}). */
  public static final String STACK_CONDITIONAL = "stack (conditional)";
  /** The name of the stacked mixture of the unconditional model with AR(1) and climatology. */
  public static final String STACK_UNCONDITIONAL = "stack (unconditional)";
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
    return backtest(fit, data, testEnd, samples, seed, null);
  }

  /**
   * Backtests as {@link #backtest(FitResult, FitInput, YearMonth, int, long)} does, with the stacked mixtures of
   * {@code stacks} beside the model when it is not null (scored on the same origins with the same seed).
   */
  public static BacktestResult backtest(FitResult fit, FitInput data, YearMonth testEnd, int samples, long seed,
      Stacking.Fitted stacks) {
    FitInput visible = data.until(testEnd);
    Require.argument(fit.trainEnd().isBefore(testEnd), "the test window must end after the training window (%s)",
        fit.trainEnd());
    Require.argument(stacks == null || stacks.conditional().trainEnd().equals(fit.trainEnd()),
        "the stacking weights were set for a training window ending %s, the fit's ends %s",
        stacks == null ? null : stacks.conditional().trainEnd(), fit.trainEnd());
    List<Forecaster> forecasters = new ArrayList<>();
    forecasters.add(new ModelForecaster(CONDITIONAL, fit, visible, true));
    forecasters.add(new ModelForecaster(UNCONDITIONAL, fit, visible, false));
    if (stacks != null) {
      forecasters.add(Stacking.mixture(STACK_CONDITIONAL, new ModelForecaster("model", fit, visible, true),
          stacks.conditional()));
      forecasters.add(Stacking.mixture(STACK_UNCONDITIONAL, new ModelForecaster("model", fit, visible, false),
          stacks.unconditional()));
    }
    forecasters.addAll(Baselines.all());
    BacktestSettings settings = new BacktestSettings(fit.trainEnd(), testEnd.minusMonths(1),
        BacktestSettings.STANDARD_HORIZONS, samples, seed);
    return Backtest.run(visible.index(), forecasters, settings);
  }

  /**
   * How the verdict table's work is scheduled; none of it changes a number for a given seed.
   *
   * @param threads the worker threads: the fits, backtests, leave-future-out runs and detectability simulations of
   *     the reference and of the twelve ablations run side by side, each with its own seeds, so the table does not
   *     depend on this number
   * @param localRefits whether the reference and ablation refits search the mode from the full fit's by BOBYQA
   *     alone (else by the two global CMA-ES runs of a fresh fit, as before issue 20's speed work)
   */
  public record Schedule(int threads, boolean localRefits) {
    /** Checks the thread count. */
    public Schedule {
      Require.argument(threads >= 1, "threads must be at least 1, was %s", threads);
    }

    /** The default: every available processor, local refits. */
    public static Schedule standard() {
      return new Schedule(Runtime.getRuntime().availableProcessors(), true);
    }
  }

  /** Runs the whole verdict table with {@link Schedule#standard()}; {@code progress} hears one line per step. */
  public static VerdictTable run(FitInput data, YearMonth trainEnd, YearMonth testEnd, int samples, long seed,
      Consumer<String> progress) {
    return run(data, trainEnd, testEnd, samples, seed, progress, Schedule.standard());
  }

  /**
   * Runs the whole verdict table on {@code schedule}'s threads; {@code progress} hears one line per step (from any
   * of the threads, one at a time).
   */
  public static VerdictTable run(FitInput data, YearMonth trainEnd, YearMonth testEnd, int samples, long seed,
      Consumer<String> progress, Schedule schedule) {
    return run(data, trainEnd, testEnd, samples, seed, progress, schedule, PosteriorSettings.DEFAULT);
  }

  /**
   * Runs the whole verdict table as {@link #run(FitInput, YearMonth, YearMonth, int, long, Consumer, Schedule)}
   * does, with the full fit's posterior sampled by {@code fullSampling} (a test's lighter sampling).
   */
  static VerdictTable run(FitInput data, YearMonth trainEnd, YearMonth testEnd, int samples, long seed,
      Consumer<String> progress, Schedule schedule, PosteriorSettings fullSampling) {
    Consumer<String> say = line -> {
      synchronized (progress) {
        progress.accept(line);
      }
    };
    return inPool(schedule.threads(), () -> table(data, trainEnd, testEnd, samples, seed, say,
        schedule.localRefits(), fullSampling));
  }

  /**
   * Returns, per mechanism, the leave-future-out comparison the verdict table makes (the full model refitted as the
   * ablations are, against the refit without the mechanism), with the refits' samplers seeded by {@code refitSeed}
   * (the table's is stream 0 of its seed) and warm-started from {@code full}: the verdicts' elpd differences alone,
   * without the backtests and detectable sizes, for measuring how they move with the sampler's seed.
   */
  public static Map<MechanismId, Lfo.Comparison> elpd(FitInput data, YearMonth trainEnd, YearMonth testEnd,
      FitResult full, long refitSeed, Schedule schedule) {
    FitInput train = data.until(trainEnd);
    MechanismId[] ids = MechanismId.values();
    Lfo.Densities[] lpd = inPool(schedule.threads(), () -> IntStream.rangeClosed(0, ids.length).parallel()
        .mapToObj(k -> Lfo.densities(refit(train, full, k == 0 ? null : ids[k - 1], refitSeed,
            schedule.localRefits()), data, testEnd))
        .toArray(Lfo.Densities[]::new));
    Map<MechanismId, Lfo.Comparison> out = new EnumMap<>(MechanismId.class);
    for (int k = 0; k < ids.length; k++) {
      out.put(ids[k], Lfo.compare(lpd[0], lpd[k + 1]));
    }
    return out;
  }

  /**
   * Refits the model on {@code train} without mechanism {@code id} (with every mechanism when null), warm-started
   * from {@code full}'s mode, its posterior sampled with {@link PosteriorSettings#REFIT} from {@code seed}.
   */
  private static FitResult refit(FitInput train, FitResult full, MechanismId id, long seed, boolean local) {
    Set<MechanismId> enabled = EnumSet.allOf(MechanismId.class);
    if (id != null) {
      enabled.remove(id);
    }
    return Calibration.fit(train, enabled, full.values(), seed, PosteriorSettings.REFIT, local);
  }

  /** Runs {@code work} in a pool of {@code threads} threads, rethrowing its exception. */
  private static <T> T inPool(int threads, java.util.concurrent.Callable<T> work) {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("verdicts interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** One refit's products: the fit, its backtest and its one-month-ahead predictive densities. */
  private record Refit(FitResult fit, BacktestResult backtest, Lfo.Densities lpd, double detectable) {}

  private static VerdictTable table(FitInput data, YearMonth trainEnd, YearMonth testEnd, int samples, long seed,
      Consumer<String> progress, boolean local, PosteriorSettings fullSampling) {
    SeedSequence seeds = new SeedSequence(seed);
    FitInput train = data.until(trainEnd);
    progress.accept("fitting the full model on " + data.start() + ".." + trainEnd);
    FitResult full = Calibration.fit(train, FitSpace.all(), FitSpace.defaults(), seeds.seed(0), fullSampling);
    // the comparisons are made against the full model refitted as the ablations are (same warm start, same lighter
    // sampling), so that a difference is the mechanism's and not the sampling's; task 0 is that reference and the
    // full fit's own backtest, task 1 + k the ablation of mechanism k
    MechanismId[] ids = MechanismId.values();
    BacktestResult[] fullBacktest = new BacktestResult[1];
    Refit[] refits = IntStream.rangeClosed(0, ids.length).parallel().mapToObj(k -> {
      if (k == 0) {
        progress.accept("refitting the full model as the ablations are refitted");
        fullBacktest[0] = backtest(full, data, testEnd, samples, seeds.seed(1));
        FitResult reference = refit(train, full, null, seeds.seed(0), local);
        return new Refit(reference, backtest(reference, data, testEnd, samples, seeds.seed(1)),
            Lfo.densities(reference, data, testEnd), Double.NaN);
      }
      MechanismId id = ids[k - 1];
      progress.accept("refitting without " + id);
      FitResult fit = refit(train, full, id, seeds.seed(0), local);
      return new Refit(fit, backtest(fit, data, testEnd, samples, seeds.seed(1)), Lfo.densities(fit, data, testEnd),
          Detectability.smallest(full, data, testEnd, id, new SeedSequence(seeds.seed(3)).seed(id.ordinal())));
    }).toArray(Refit[]::new);
    Refit reference = refits[0];
    Map<MechanismId, FitResult> ablated = new EnumMap<>(MechanismId.class);
    Map<MechanismId, BacktestResult> ablatedBacktests = new EnumMap<>(MechanismId.class);
    Map<MechanismId, Lfo.Comparison> elpd = new EnumMap<>(MechanismId.class);
    Map<MechanismId, Double> detectable = new EnumMap<>(MechanismId.class);
    for (int k = 0; k < ids.length; k++) {
      Refit r = refits[k + 1];
      ablated.put(ids[k], r.fit());
      ablatedBacktests.put(ids[k], r.backtest());
      elpd.put(ids[k], Lfo.compare(reference.lpd(), r.lpd()));
      detectable.put(ids[k], r.detectable());
    }
    List<Verdict> verdicts = new ArrayList<>();
    for (SeedClaim claim : Mechanisms.claims()) {
      MechanismId id = claim.mechanism();
      verdicts.add(verdict(claim, full, reference.backtest(), ablated.get(id), ablatedBacktests.get(id),
          elpd.get(id), detectable.get(id)));
    }
    return new VerdictTable(data.start(), trainEnd, testEnd, full, fullBacktest[0], ablated, ablatedBacktests,
        verdicts, seed, Version.current());
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
    String agreement = VerdictRule.agreement(sign, VerdictRule.helps(elpd));
    String reason = VerdictRule.reason(elpd, sign, detectable, e.name());
    if (priorRatio > PRIOR_ONLY) {
      reason += String.format(java.util.Locale.ROOT, "; the data barely inform it (sd %.2f of the prior's)",
          priorRatio);
    }
    return new Verdict(claim, e, agreement, conditional, unconditional, mean, dLogLik, priorRatio, elpd.diff(),
        elpd.se(), elpd.mcse(), sign, detectable, VerdictRule.apply(elpd, sign), reason);
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
