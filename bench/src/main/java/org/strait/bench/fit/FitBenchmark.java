package org.strait.bench.fit;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.strait.core.SeedSequence;
import org.strait.core.Version;
import org.strait.fit.Calibration;
import org.strait.fit.Estimate;
import org.strait.fit.FitInput;
import org.strait.fit.FitResult;
import org.strait.fit.FitSpace;
import org.strait.fit.PosteriorSettings;
import org.strait.fit.Synthetic;

/**
 * The calibration benchmark and the full-model recovery study: fits the whole model (twelve mechanisms, 25
 * parameters) to {@code --reps} simulated series of {@code --months} months (default 120, ten years) with the two
 * directions observed and a simulated chronicle; prints the wall time of each fit and, per parameter, how often
 * its 95% interval covered the value the series were simulated from.
 *
 * <p>{@code --truth prior} (the default) draws each replicate's truth from the priors (simulation-based calibration,
 * {@link Synthetic#priorDraw}): the check that the intervals hold 95% of the posterior. {@code --truth fixed} uses
 * {@link Synthetic#recoveryTruth()}, values away from the priors' centres: the priors' pull shows there.
 * {@code --intervals laplace} fits with Laplace intervals instead of posterior draws.
 *
 * <p>Usage: {@code FitBenchmark [--months N] [--reps R] [--seed S] [--truth prior|fixed]
 * [--intervals mcmc|laplace] [--mcmc CHAINSxBURNINxDRAWS]}.
 */
public final class FitBenchmark {
  private FitBenchmark() {}

  /** Runs the benchmark. */
  public static void main(String[] args) {
    int months = 120;
    int reps = 20;
    long seed = 20_240_601L;
    boolean fromPrior = true;
    PosteriorSettings intervals = PosteriorSettings.DEFAULT;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--months" -> months = Integer.parseInt(args[i + 1]);
        case "--reps" -> reps = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--truth" -> fromPrior = switch (args[i + 1]) {
          case "prior" -> true;
          case "fixed" -> false;
          default -> throw new IllegalArgumentException("--truth is prior or fixed, was " + args[i + 1]);
        };
        case "--mcmc" -> {
          String[] p = args[i + 1].split("x");
          intervals = new PosteriorSettings(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
              PosteriorSettings.DEFAULT.extensions());
        }
        case "--intervals" -> intervals = switch (args[i + 1]) {
          case "mcmc" -> PosteriorSettings.DEFAULT;
          case "laplace" -> PosteriorSettings.LAPLACE;
          default -> throw new IllegalArgumentException("--intervals is mcmc or laplace, was " + args[i + 1]);
        };
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; usage: FitBenchmark"
            + " [--months N] [--reps R] [--seed S] [--truth prior|fixed] [--intervals mcmc|laplace] [--mcmc CxBxD]");
      }
    }
    SeedSequence seeds = new SeedSequence(seed);
    Map<String, int[]> coverage = new LinkedHashMap<>();
    double total = 0;
    double worst = 0;
    System.out.printf(Locale.ROOT, "strait %s, %d processors, %d months, %d replicates, seed %d, truth %s, %s%n",
        Version.current(), Runtime.getRuntime().availableProcessors(), months, reps, seed,
        fromPrior ? "drawn from the priors" : "fixed", intervals.chains() > 0 ? "posterior draws" : "Laplace");
    Map<String, Double> fixed = Synthetic.recoveryTruth();
    for (int r = 0; r < reps; r++) {
      Map<String, Double> truth = fromPrior ? Synthetic.priorDraw(FitSpace.all(), seeds.seed(20_000 + r)) : fixed;
      FitInput in = Synthetic.generate(truth, FitSpace.all(), YearMonth.of(2005, 1), months, true, seeds.seed(r));
      long t0 = System.nanoTime();
      FitResult fit = Calibration.fit(in, FitSpace.all(), FitSpace.defaults(), seeds.seed(10_000 + r),
          intervals);
      double seconds = (System.nanoTime() - t0) / 1e9;
      total += seconds;
      worst = Math.max(worst, seconds);
      int covered = 0;
      for (Estimate e : fit.estimates()) {
        int[] c = coverage.computeIfAbsent(e.name(), k -> new int[2]);
        boolean in95 = e.covers(truth.get(e.name()));
        c[0] += in95 ? 1 : 0;
        c[1]++;
        covered += in95 ? 1 : 0;
      }
      System.out.printf(Locale.ROOT, "fit %2d: %6.2f s, %6d evaluations, %d of %d intervals cover the truth%s%n", r,
          seconds, fit.evaluations(), covered, fit.estimates().size(), fit.sampling().mcmc()
              ? String.format(Locale.ROOT, " (R-hat %.3f %s, ESS %.0f, acceptance %.2f)", fit.sampling().maxRhat(),
                  fit.sampling().worst(), fit.sampling().minEss(), fit.sampling().acceptance()) : "");
    }
    System.out.printf(Locale.ROOT, "mean %.2f s per fit, slowest %.2f s%n", total / reps, worst);
    int all = 0;
    int hit = 0;
    for (Map.Entry<String, int[]> e : coverage.entrySet()) {
      System.out.printf(Locale.ROOT, "%-30s coverage %d/%d%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
      hit += e.getValue()[0];
      all += e.getValue()[1];
    }
    System.out.printf(Locale.ROOT, "overall coverage %d/%d = %.3f (nominal 0.95)%n", hit, all, hit / (double) all);
  }
}
