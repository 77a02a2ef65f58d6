package org.strait.app;

import org.strait.core.Progress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strait.app.bargain.BargainCase;
import org.strait.app.bargain.BargainInputException;
import org.strait.app.bargain.DisputeReaders;
import org.strait.bargain.BargainModel;
import org.strait.bargain.BargainRun;
import org.strait.bargain.EuOptions;
import org.strait.bargain.ExpectedUtilityModel;
import org.strait.bargain.MonteCarlo;
import org.strait.bargain.MonteCarloResult;
import org.strait.bargain.SmpOptions;
import org.strait.bargain.SpatialModel;
import org.strait.bargain.Uncertainty;
import org.strait.core.Require;

/**
 * The bargaining use case, the one home of {@code strait bargain}, the dashboard's bargaining job, the report's
 * bargaining section and the demo's cases: one dispute bargained over by the expected-utility ({@code eu}) or the
 * spatial ({@code smp}) model, then, when asked, a Monte Carlo over its inputs (run {@code i} on stream {@code i} of
 * the seed, any thread count).
 */
public final class BargainService {
  /** The models by name. */
  public static final String EU = "eu";
  /** KTAB's spatial model of politics, the default. */
  public static final String SMP = "smp";

  private BargainService() {}

  /**
   * A chosen model with the options it runs with.
   *
   * @param model the model
   * @param options its options by name ({@code eu} or {@code smp}), and the Monte Carlo's ({@code uncertainty}) once
   *     it has run: what the JSON report records
   */
  public record Chosen(BargainModel model, Map<String, Object> options) {}

  /**
   * A bargaining run.
   *
   * @param run the rounds of the bargaining and its outcome
   * @param monteCarlo the Monte Carlo over the inputs, or null when none was asked for
   * @param options the model's options and the Monte Carlo's uncertainty, by name
   */
  public record Outcome(BargainRun run, MonteCarloResult monteCarlo, Map<String, Object> options) {}

  /**
   * The most actors of a dispute: KTAB's examples have at most 41 and KTAB itself stops at 250; at 320, the size
   * bench/README.md times, one spatial-model run takes about 3 s of CPU and one expected-utility run about 11 s,
   * each under 300 MiB (the models' cost grows with the cube of the number of actors).
   */
  public static final int MAX_ACTORS = 320;

  /**
   * Reads the dispute file {@code input} (KTAB {@code .csv} or strait {@code .yaml}, {@link DisputeReaders}).
   *
   * @throws BargainInputException naming the file when it does not read or has more than {@link #MAX_ACTORS} actors
   */
  public static BargainCase read(Path input) {
    BargainCase c = DisputeReaders.read(input);
    if (c.dispute().size() > MAX_ACTORS) {
      throw new BargainInputException(input, List.of(input + ": " + c.dispute().size() + " actors; at most "
          + MAX_ACTORS + " actors are supported"));
    }
    return c;
  }

  /**
   * Returns the model named {@code name} ({@value #EU} or {@value #SMP}, any case) with its default options,
   * overridden by {@code overrides} (the model's own option names).
   *
   * @throws IllegalArgumentException when the name or an option is unknown, naming it
   */
  public static Chosen model(String name, Map<String, String> overrides) {
    Map<String, Object> options = new LinkedHashMap<>();
    switch (name.toLowerCase(Locale.ROOT)) {
      case EU -> {
        EuOptions o = EuOptions.defaults();
        for (Map.Entry<String, String> e : overrides.entrySet()) {
          o = o.with(e.getKey(), e.getValue());
        }
        options.put(EU, o);
        return new Chosen(new ExpectedUtilityModel(o), options);
      }
      case SMP -> {
        SmpOptions o = SmpOptions.defaults();
        for (Map.Entry<String, String> e : overrides.entrySet()) {
          o = o.with(e.getKey(), e.getValue());
        }
        options.put(SMP, o);
        return new Chosen(new SpatialModel(o), options);
      }
      default -> throw new IllegalArgumentException("the model must be eu or smp, was " + name);
    }
  }

  /**
   * Bargains over {@code c} with {@code chosen}, then runs {@code runs} Monte Carlo runs over its inputs with
   * {@code uncertainty} (none when {@code runs} is 0); reports two steps, the bargaining and the Monte Carlo.
   *
   * @param threads worker threads of the Monte Carlo, and above 1 the spatial model's run spreads its challenges over
   *     the common fork-join pool (the result does not depend on them)
   */
  public static Outcome run(BargainCase c, Chosen chosen, int runs, Uncertainty uncertainty, long seed,
      int threads, Progress progress) {
    Require.argument(runs >= 0, "runs must not be negative, was %s", runs);
    progress.report(0, 2, "bargaining");
    // with more than one thread the spatial model's own run spreads its challenges (same result on any thread count)
    BargainModel single = threads > 1 && chosen.model() instanceof SpatialModel smp ? smp.parallel() : chosen.model();
    BargainRun run = single.run(c.dispute());
    Map<String, Object> options = new LinkedHashMap<>(chosen.options());
    MonteCarloResult mc = null;
    if (runs > 0) {
      progress.report(1, 2, "Monte Carlo, " + runs + " runs");
      options.put("uncertainty", uncertainty);
      mc = new MonteCarlo(chosen.model(), uncertainty, runs, seed, threads).run(c.dispute());
    }
    progress.report(2, 2, "done");
    return new Outcome(run, mc, options);
  }
}
