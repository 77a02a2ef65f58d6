package org.strait.bench.fit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.strait.core.SeedSequence;
import org.strait.fit.Backtest;
import org.strait.fit.BacktestResult;
import org.strait.fit.BacktestSettings;
import org.strait.fit.Baselines;
import org.strait.fit.FitInput;
import org.strait.fit.FitResult;
import org.strait.fit.Forecaster;
import org.strait.fit.HorizonScore;
import org.strait.fit.ModelForecaster;
import org.strait.fit.ObservationLaw;
import org.strait.fit.SpreadSources;
import org.strait.model.MechanismId;

/**
 * Where the model's predictive spread comes from, on one window of a store: fits the model on the training window
 * exactly as {@code strait backtest} does (same seeds), then backtests on the test window the model with every
 * source of uncertainty on, with none, and with each source alone ({@link SpreadSources}), conditional and
 * unconditional, beside the baselines. Prints per horizon 1..12 the forecast variance of each (the mean over the
 * origins of the paths' variance), the mean squared error of the full forecast's mean, its 50% and 90% coverage
 * and PIT histogram; the variance of the parameter draws alone (conditional) with each mechanism switched off in
 * turn; then the long run: the variance of an unconditional forecast 120 months after the training
 * window's end, per source, against the stationary variance the posterior mode implies and the training series';
 * and first the check of the observation law on the training months ({@link ObservationLaw}).
 *
 * <p>Usage: {@code SpreadDiagnosis --db STORE --train YYYY-MM..YYYY-MM --test YYYY-MM..YYYY-MM [--seed S]
 * [--samples N]}, or without {@code --test} for the long run alone (training months only); the indicator files
 * are found from {@code STRAIT_HOME} as the commands find them.
 */
public final class SpreadDiagnosis {
  private static final int LONG_RUN = 120;

  private SpreadDiagnosis() {}

  /** Runs the diagnosis. */
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    DiagnosisOptions o = DiagnosisOptions.parse(args, false);
    YearMonth[] train = o.train();
    FitInput input = o.input();
    FitResult fit = o.fit(input, t0);
    System.out.println("observation law on the training months, at the mode (ObservationLaw, quartiles of w):");
    System.out.println("| mean w | months | mean squared innovation | latent var | s^2 + r^2/(kw) | ratio |");
    for (ObservationLaw.Bin b : ObservationLaw.of(fit, input, 4)) {
      System.out.printf(Locale.ROOT, "| %.2f | %d | %.3f | %.3f | %.3f | %.2f |%n", b.weight(), b.months(),
          b.squaredInnovation(), b.latent(), b.observation(), b.ratio());
    }
    String[] names = SpreadSources.names();
    if (o.test() == null) {
      longRun(fit, input.until(train[1]), names, o.seed());
      return;
    }
    List<Forecaster> forecasters = new ArrayList<>();
    for (boolean conditional : new boolean[] {true, false}) {
      String mode = conditional ? "cond" : "uncond";
      forecasters.add(new ModelForecaster(mode + ":all", fit, input, conditional, SpreadSources.ALL));
      forecasters.add(new ModelForecaster(mode + ":none", fit, input, conditional, SpreadSources.NONE));
      for (int s = 0; s < names.length; s++) {
        forecasters.add(new ModelForecaster(mode + ":" + names[s], fit, input, conditional, SpreadSources.only(s)));
      }
    }
    for (MechanismId id : MechanismId.values()) {
      forecasters.add(new ModelForecaster("cond:parameters-" + id, without(fit, id), input, true,
          SpreadSources.only(0)));
    }
    forecasters.addAll(Baselines.all());
    List<Integer> horizons = IntStream.rangeClosed(1, 12).boxed().toList();
    YearMonth[] test = o.test();
    BacktestSettings settings = new BacktestSettings(train[1], test[1].minusMonths(1), horizons, o.samples(),
        new SeedSequence(o.seed()).seed(1));
    BacktestResult r = Backtest.run(input.until(test[1]).index(), forecasters, settings);
    System.out.printf(Locale.ROOT, "backtest on %s..%s (%.0f s)%n", test[0], test[1], (System.nanoTime() - t0) / 1e9);
    for (String mode : new String[] {"cond", "uncond"}) {
      System.out.printf("%n%s: forecast variance by source (mean over origins), against the full forecast's mse%n",
          mode);
      System.out.print("| h | n | mse | all | none |");
      for (String n : names) {
        System.out.print(" " + n + " |");
      }
      System.out.println(" sum | cover50 | cover90 | PIT deciles | ar1 var | clim. var | CRPS | vs AR(1) | vs clim. |");
      System.out.println("|---".repeat(names.length + 14) + "|");
      for (int h : horizons) {
        HorizonScore all = r.score(mode + ":all", h).orElseThrow();
        double sum = 0;
        StringBuilder row = new StringBuilder();
        for (String n : names) {
          double v = variance(r, mode + ":" + n, h);
          sum += v;
          row.append(String.format(Locale.ROOT, " %.3f |", v));
        }
        System.out.printf(Locale.ROOT, "| %d | %d | %.3f | %.3f | %.3f |%s %.3f | %.2f | %.2f | %s | %.3f | %.3f |"
            + " %.3f | %+.3f | %+.3f |%n", h, all.n(), all.rmse() * all.rmse(), variance(r, mode + ":all", h),
            variance(r, mode + ":none", h), row, sum, all.coverage50(), all.coverage90(), all.pit(),
            variance(r, "ar1", h), variance(r, "climatology", h), all.crps(),
            r.skill(mode + ":all", "ar1", h).orElseThrow(), r.skill(mode + ":all", "climatology", h).orElseThrow());
      }
    }
    System.out.println("\ncond: variance of the parameter draws alone, with each mechanism switched off (h1, h6, h12)");
    for (MechanismId id : MechanismId.values()) {
      System.out.printf(Locale.ROOT, "  without %s: %.3f %.3f %.3f%n", id, variance(r, "cond:parameters-" + id, 1),
          variance(r, "cond:parameters-" + id, 6), variance(r, "cond:parameters-" + id, 12));
    }
    longRun(fit, input.until(train[1]), names, o.seed());
  }

  /** Returns {@code fit} with mechanism {@code id} switched off and everything else kept (its draws included). */
  private static FitResult without(FitResult fit, MechanismId id) {
    Set<MechanismId> on = EnumSet.noneOf(MechanismId.class);
    on.addAll(fit.enabled());
    on.remove(id);
    return new FitResult(fit.trainStart(), fit.trainEnd(), on, fit.estimates(), fit.values(), fit.logLikIndex(),
        fit.logLikEvents(), fit.logPosterior(), fit.observations(), fit.evaluations(), fit.seed(), fit.version(),
        fit.sampling(), fit.posterior(), fit.level());
  }

  /** Prints the variance of the unconditional forecast {@value #LONG_RUN} months ahead per source. */
  private static void longRun(FitResult fit, FitInput past, String[] names, long seed) {
    double[] observed = past.index().observed();
    double kappa = fit.values().get("core.reversion");
    double sigma = fit.values().get("core.noise");
    double r = fit.values().get("obs.noise");
    double latent = sigma * sigma / 2 / (1 - (1 - kappa) * (1 - kappa));
    System.out.printf(Locale.ROOT, "%nlong run (%d months after %s, unconditional, 4,000 paths):%n", LONG_RUN,
        past.end());
    System.out.printf(Locale.ROOT, "  training series variance %.3f (%d observed months)%n", variance(observed),
        observed.length);
    System.out.printf(Locale.ROOT, "  mode: kappa %.3f sigma %.3f r %.3f; latent headline stationary variance "
        + "sigma^2/(2(1-(1-kappa)^2)) = %.3f; r^2 = %.3f%n", kappa, sigma, r, latent, r * r);
    print(fit, past, "all", SpreadSources.ALL, seed);
    print(fit, past, "none", SpreadSources.NONE, seed);
    for (int s = 0; s < names.length; s++) {
      print(fit, past, names[s], SpreadSources.only(s), seed);
    }
  }

  private static void print(FitResult fit, FitInput past, String name, SpreadSources sources, long seed) {
    double[][] paths = new ModelForecaster(name, fit, past, false, sources)
        .paths(past.index(), LONG_RUN, 4_000, new SplittableRandom(seed));
    double[] last = new double[paths.length];
    double[] year = new double[paths.length];
    for (int i = 0; i < paths.length; i++) {
      last[i] = paths[i][LONG_RUN - 1];
      year[i] = paths[i][11];
    }
    System.out.printf(Locale.ROOT, "  %s: variance at 12 months %.3f, at %d months %.3f (mean %.3f)%n", name,
        variance(year), LONG_RUN, variance(last), mean(last));
  }

  private static double variance(BacktestResult r, String forecaster, int h) {
    double s = r.score(forecaster, h).orElseThrow().spread();
    return s * s;
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  private static double variance(double[] x) {
    double m = mean(x);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return s / (x.length - 1);
  }
}
