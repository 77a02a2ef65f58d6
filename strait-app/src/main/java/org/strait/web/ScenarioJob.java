package org.strait.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.strait.app.Defaults;
import org.strait.app.ScenarioService;
import org.strait.app.fit.StoreFit;
import org.strait.app.scenario.BargainLinks;
import org.strait.app.scenario.FittedScenario;
import org.strait.fit.MonthlySeries;
import org.strait.model.ensemble.EnsembleOptions;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.model.ensemble.ThresholdCurve;
import org.strait.model.scenario.Scenario;

/**
 * The job type {@code scenario}: runs one scenario of the server's {@link ScenarioCatalogue} as a Monte Carlo
 * ensemble ({@link ScenarioService}, one thread, replicate {@code i} on stream {@code i} of the seed) and returns the
 * per-month quantiles and the threshold-crossing probabilities, with the seed and the version. By default on the
 * model fitted to the store's whole record ({@link FittedScenario}, as {@code strait simulate --fit}), with the
 * record's last months beside it; {@code fit: false} runs it on the priors.
 */
final class ScenarioJob extends NamedJobType {
  static final String NAME = "scenario";
  /** The most replicates per request. */
  static final int MAX_RUNS = 2_000;


  private final ScenarioCatalogue catalogue;
  private final StoreFits fits;

  ScenarioJob(ScenarioCatalogue catalogue, StoreFits fits) {
    super(NAME, "Runs a shipped scenario as a Monte Carlo ensemble: temperature quantiles per month and the"
        + " probability of crossing each threshold.");
    this.catalogue = catalogue;
    this.fits = fits;
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
                List<String> months, double[] levels, double[][] quantiles, double[] mean, List<Crossing> thresholds,
                Fitted fitted) {}

  /**
   * What a run on the fitted model took from the fit (null for a run on the priors).
   *
   * @param trainStart the first month of the training window (every month the store holds events in)
   * @param trainEnd its last month: the record's last month
   * @param fitSeed the fit's seed
   * @param draws the posterior draws the runs cycle through
   * @param start the starting level and where it comes from
   * @param observedMonths the record's last months before the scenario (up to 36), {@code YYYY-MM}
   * @param observed the observed index in them (null: no events)
   */
  record Fitted(String trainStart, String trainEnd, long fitSeed, int draws, String start,
                List<String> observedMonths, List<Double> observed) {}

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
  public List<ParamSpec> parameters() {
    String first = catalogue.scenarios().containsKey("baseline") ? "baseline"
        : catalogue.scenarios().keySet().stream().findFirst().orElse(null);
    return List.of(
        new ParamSpec("scenario", ParamSpec.Kind.TEXT, first == null, first, 1L, 100L,
            "the scenario id; GET /api/scenarios lists them"),
        ParamSpec.integer("runs", Defaults.SCENARIO_JOB_RUNS, 10, MAX_RUNS, "number of replicates"),
        ParamSpec.bool("fit", true, "run on the model fitted to the store's whole record (its posterior draws, the"
            + " record's last level and drivers); false: on the priors, unfitted"),
        ParamSpec.integer("seed", Defaults.SEED, 0, 1L << 53, "base seed; replicate i uses stream i of it"));
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
    boolean fit = params.bool("fit");
    List<BargainLinks> links = catalogue.links().getOrDefault(id, List.of());
    if (fit && !links.isEmpty()) {
      throw new ValidationException("params.fit", id + " links bargaining cases, which the fitted model does not "
          + "take yet: run it with fit=false");
    }
    return context -> {
      ScenarioService.Outcome outcome;
      try {
        outcome = ScenarioService.run(new ScenarioService.Request(scenario, links, new EnsembleOptions(runs, seed, 1),
            fit), () -> fits.fit(Defaults.FIT_SEED), context.cancellable());
      } catch (IllegalArgumentException e) {
        if (!fit) {
          throw e;
        }
        throw new ValidationException("params.fit", e.getMessage()); // the scenario cannot start on the fit
      }
      return result(scenario, outcome.result(), outcome.fitted() == null ? null : fitted(outcome));
    };
  }

  private static Fitted fitted(ScenarioService.Outcome outcome) {
    FittedScenario f = outcome.fitted();
    StoreFit s = outcome.fit();
    MonthlySeries index = s.data().input().index();
    YearMonth last = outcome.lastObserved();
    YearMonth from = last.minusMonths(Defaults.OBSERVED_MONTHS - 1L).isBefore(index.start()) ? index.start()
        : last.minusMonths(Defaults.OBSERVED_MONTHS - 1L);
    List<String> months = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(last); m = m.plusMonths(1)) {
      double y = index.get(m);
      months.add(m.toString());
      values.add(Double.isNaN(y) ? null : y);
    }
    return new Fitted(s.fit().trainStart().toString(), s.fit().trainEnd().toString(), s.seed(), f.draws().size(),
        String.format(java.util.Locale.ROOT, "%.2f, %s", f.level(), f.levelFrom()), months, values);
  }

  static Result result(Scenario scenario, EnsembleResult r) {
    return result(scenario, r, null);
  }

  static Result result(Scenario scenario, EnsembleResult r, Fitted fitted) {
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
        r.version(), months, r.levels(), r.quantiles(), r.mean(), crossings, fitted);
  }
}
