package org.strait.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.strait.app.scenario.BargainLinks;
import org.strait.model.Simulation;
import org.strait.model.ensemble.Ensemble;
import org.strait.model.ensemble.EnsembleOptions;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.model.ensemble.ThresholdCurve;
import org.strait.model.scenario.Scenario;

/**
 * The job type {@code scenario}: runs one scenario of the server's {@link ScenarioCatalogue} as a Monte Carlo
 * ensemble ({@link Ensemble}, one thread, replicate {@code i} on stream {@code i} of the seed) and returns the
 * per-month quantiles and the threshold-crossing probabilities, with the seed and the version.
 */
final class ScenarioJob implements JobType {
  static final String NAME = "scenario";
  /** The most replicates per request. */
  static final int MAX_RUNS = 2_000;

  private final ScenarioCatalogue catalogue;

  ScenarioJob(ScenarioCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * The result of a scenario ensemble.
   *
   * @param scenario the scenario id
   * @param title what happens in it
   * @param seeds the seed files it follows
   * @param claim the claim it follows
   * @param runs replicates run
   * @param seed the base seed
   * @param version the strait version
   * @param months the simulated months {@code YYYY-MM}
   * @param levels the quantile levels (0.05, 0.25, 0.5, 0.75, 0.95)
   * @param quantiles {@code quantiles[level][month]} of the temperature (index scale)
   * @param mean the mean temperature per month
   * @param thresholds each threshold with the share of runs that crossed it by each month
   */
  record Result(String scenario, String title, List<String> seeds, String claim, int runs, long seed, String version,
                List<String> months, double[] levels, double[][] quantiles, double[] mean, List<Crossing> thresholds) {}

  /**
   * A threshold and how often the runs crossed it.
   *
   * @param name its short name
   * @param level its level on the temperature scale
   * @param below true when crossing means falling below the level
   * @param note where the level comes from
   * @param inMonth share of runs across it in each month
   * @param byMonth share of runs that crossed it in that month or earlier
   * @param byEnd share of runs that crossed it by the last month
   */
  record Crossing(String name, double level, boolean below, String note, double[] inMonth, double[] byMonth,
                  double byEnd) {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Runs a shipped scenario as a Monte Carlo ensemble: temperature quantiles per month and the probability"
        + " of crossing each threshold.";
  }

  @Override
  public List<ParamSpec> parameters() {
    String first = catalogue.scenarios().containsKey("baseline") ? "baseline"
        : catalogue.scenarios().keySet().stream().findFirst().orElse(null);
    return List.of(
        new ParamSpec("scenario", ParamSpec.Kind.TEXT, first == null, first, 1L, 100L,
            "the scenario id; GET /api/scenarios lists them"),
        ParamSpec.integer("runs", 500, 10, MAX_RUNS, "number of replicates"),
        ParamSpec.integer("seed", 1, 0, 1L << 53, "base seed; replicate i uses stream i of it"));
  }

  @Override
  public Job create(JobParams params) {
    String id = params.text("scenario");
    Scenario scenario = catalogue.scenarios().get(id);
    if (scenario == null) {
      throw new ValidationException("params.scenario", "unknown scenario '" + id + "'; known: "
          + String.join(", ", catalogue.scenarios().keySet()));
    }
    int runs = (int) params.integer("runs");
    long seed = params.integer("seed");
    return context -> {
      IntFunction<Simulation> replicates = BargainLinks.replicates(scenario,
          catalogue.links().getOrDefault(id, List.of()), runs, seed, 1);
      AtomicLong done = new AtomicLong();
      context.progress(0, runs, "starting");
      EnsembleResult r = Ensemble.run(scenario.id(), replicates, scenario.thresholds(),
          new EnsembleOptions(runs, seed, 1), n -> {
            if (context.cancelled()) {
              throw new CancellationException("cancelled");
            }
            long now = done.addAndGet(n);
            context.progress(now, runs, "replicate " + now);
          });
      return result(scenario, r);
    };
  }

  static Result result(Scenario scenario, EnsembleResult r) {
    List<String> months = new ArrayList<>();
    for (int t = 0; t < r.months(); t++) {
      YearMonth m = r.month(t);
      months.add(m.toString());
    }
    List<Crossing> crossings = new ArrayList<>();
    for (ThresholdCurve c : r.thresholds()) {
      crossings.add(new Crossing(c.threshold().name(), c.threshold().level(), c.threshold().below(),
          c.threshold().note(), c.inMonth(), c.byMonth(), c.byEnd()));
    }
    return new Result(scenario.id(), scenario.title(), scenario.seeds(), scenario.claim(), r.runs(), r.seed(),
        r.version(), months, r.levels(), r.quantiles(), r.mean(), crossings);
  }
}
