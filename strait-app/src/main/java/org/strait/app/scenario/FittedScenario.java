package org.strait.app.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strait.app.fit.StoreFit;
import org.strait.core.Require;
import org.strait.fit.Estimate;
import org.strait.fit.FitInput;
import org.strait.fit.FitResult;
import org.strait.fit.MonthlySeries;
import org.strait.fit.PosteriorSample;
import org.strait.model.Drivers;
import org.strait.model.InitialState;
import org.strait.model.Parameters;
import org.strait.model.RunSpec;
import org.strait.model.ShockSchedule;
import org.strait.model.ensemble.ParameterDraws;
import org.strait.model.scenario.Scenario;

/*
 * A scenario put on a fit of the store's data:
 *
 *   parameters  the scenario's values with every fitted parameter at the fit's posterior mode (the fit replaces
 *               the scenario's own override of a fitted parameter, e.g. the provisional core.equilibrium); run r
 *               takes draw k(r mod m) of the posterior sample, where m = min(runs, n) of its n draws are used,
 *               k(j) = ⌊j·n/m⌋ (evenly spaced over the pooled chains, as the fit thins them); no draws (Laplace
 *               intervals): every run at the mode;
 *   start       the temperature of the month before the scenario's start: when the scenario starts after the
 *               training window, the fit's Kalman-filtered level after the window's last month (FitResult.level(),
 *               at the posterior mode); when it starts inside the window, the observed level: the mean of the
 *               relation index over the last (up to) three months with events up to L = start - 1, weighted by their
 *               event counts (the mean Goldstein score of those months' events); sentiment, threat and issues stay
 *               the scenario's;
 *   drivers     the data's drivers (z-scored on the training window) in the months of the window; after its last
 *               month every driver holds its last value (as the fit's unconditional forecasts do); a scenario path
 *               or government overrides them as usual; the chronicle's dated shocks are not applied.
 */

/**
 * A scenario run on the fitted model: the run specification at the posterior mode, one parameter set per posterior
 * draw used, and what was taken from the fit (starting level, replaced overrides), for the ensemble and its record.
 *
 * @param scenario the scenario with its initial temperature replaced by the observed level
 * @param spec the run specification at the posterior mode, over the data's drivers
 * @param draws the parameter sets the runs cycle through (run r takes {@code draws[r mod size]})
 * @param posteriorDraws the number of draws the fit's posterior sample holds (0 for Laplace intervals)
 * @param level the starting temperature
 * @param levelFrom where it comes from, e.g. {@code the filtered level after 2014-12 (sd 0.31)} or {@code the
 *     observed level of 2014-01..2014-03}
 * @param replaced the scenario's parameter overrides that the fit replaced, as {@code name=value}
 */
public record FittedScenario(Scenario scenario, RunSpec spec, List<Parameters> draws, int posteriorDraws,
    double level, String levelFrom, List<String> replaced) {
  /** Copies. */
  public FittedScenario {
    Require.nonNull(scenario, "scenario");
    Require.nonNull(spec, "run spec");
    draws = List.copyOf(draws);
    Require.argument(!draws.isEmpty(), "a fitted scenario needs at least one parameter set");
    replaced = List.copyOf(replaced);
  }

  /**
   * Puts {@code scenario} on {@code fit} for an ensemble of {@code runs} runs.
   *
   * @throws IllegalArgumentException when the scenario starts before the second month of the training window
   */
  public static FittedScenario of(Scenario scenario, StoreFit fit, int runs) {
    Require.argument(runs >= 1, "runs must be positive, was %s", runs);
    FitResult result = fit.fit();
    FitInput input = fit.data().input();
    YearMonth trainEnd = result.trainEnd();
    YearMonth last = scenario.start().minusMonths(1).isBefore(trainEnd) ? scenario.start().minusMonths(1) : trainEnd;
    Require.argument(!last.isBefore(result.trainStart()), "scenario %s starts in %s, before the training window "
        + "%s..%s has a month to start from", scenario.id(), scenario.start(), result.trainStart(), trainEnd);
    Level level = last.equals(trainEnd) ? filtered(result) : observedLevel(input.index(), input.counts(), last);
    InitialState given = scenario.initial();
    InitialState initial = new InitialState(level.value(), given.sentiment(), given.threat(), given.issues());
    Scenario started = new Scenario(scenario.id(), scenario.title(), scenario.seeds(), scenario.claim(),
        scenario.start(), scenario.horizonMonths(), scenario.switches(), scenario.parameters(), initial,
        scenario.inaugurations(), scenario.shocks(), scenario.drivers(), scenario.levers(), scenario.thresholds());
    Parameters base = scenario.parameterValues();
    Set<String> catalogue = base.values().keySet();
    Map<String, Double> mode = new LinkedHashMap<>(base.values());
    List<String> replaced = new ArrayList<>();
    for (Estimate e : result.estimates()) {
      if (catalogue.contains(e.name())) {
        mode.put(e.name(), result.values().get(e.name()));
        if (scenario.parameters().containsKey(e.name())) {
          replaced.add(e.name() + "=" + scenario.parameters().get(e.name()));
        }
      }
    }
    Parameters atMode = base.with(mode);
    Drivers data = input.drivers();
    Drivers held = (driver, month) -> data.value(driver, month.isAfter(trainEnd) ? trainEnd : month);
    RunSpec spec = started.toRunSpec(held, ShockSchedule.none(), false).withParameters(atMode);
    PosteriorSample sample = result.posterior();
    List<Parameters> draws = new ArrayList<>();
    int n = sample.size();
    int used = Math.min(runs, n);
    for (int j = 0; j < used; j++) {
      Map<String, Double> values = sample.values((int) ((long) j * n / used), mode);
      values.keySet().retainAll(catalogue);
      draws.add(atMode.with(values));
    }
    if (draws.isEmpty()) {
      draws.add(atMode);
    }
    return new FittedScenario(started, spec, draws, n, level.value(), level.from(), replaced);
  }

  /** Returns the simulations the ensemble's runs cycle through. */
  public ParameterDraws simulations() {
    return ParameterDraws.of(spec, draws);
  }

  /** A starting level and where it comes from, in words. */
  record Level(double value, String from) {}

  private static Level filtered(FitResult fit) {
    return new Level(fit.level().mean(), String.format(java.util.Locale.ROOT, "the filtered level after %s (sd %.2f)",
        fit.level().month(), fit.level().sd()));
  }

  /**
   * Returns the mean of {@code index} over the last (up to) three months with events up to {@code last}, weighted by
   * the event counts (equal weights when the counts are unknown), and those months.
   */
  static Level observedLevel(MonthlySeries index, MonthlySeries counts, YearMonth last) {
    double sum = 0;
    double weight = 0;
    int found = 0;
    int first = index.index(last);
    for (int i = index.index(last); i >= 0 && found < 3; i--) {
      double y = index.at(i);
      if (!Double.isNaN(y)) {
        double w = counts == null ? 1 : counts.at(i);
        sum += w * y;
        weight += w;
        found++;
        first = i;
      }
    }
    Require.argument(found > 0, "no month with Japan-Korea events up to %s to start from", last);
    return new Level(sum / weight, "the observed level of " + index.month(first) + ".." + last);
  }
}
