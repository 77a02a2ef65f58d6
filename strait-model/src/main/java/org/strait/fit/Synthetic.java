package org.strait.fit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.strait.core.Require;
import org.strait.core.numeric.Draws;
import org.strait.model.CoreParameters;
import org.strait.model.Driver;
import org.strait.model.Issue;
import org.strait.model.MechanismId;
import org.strait.model.MonthTerms;
import org.strait.model.Shock;
import org.strait.model.ShockKind;
import org.strait.model.ShockSchedule;

/*
 * Synthetic data from known parameters, for parameter-recovery tests and the benchmark. Drivers: z-scored drivers
 * are Gaussian AR(1) with φ = 0.8 (US–China conflict 0.95); Korea's China dependence rises linearly from 0.8 to 1.2;
 * the GDP ratio from 0.25 to 0.40; Seoul's orientation alternates ±1 with each five-year term, the months since
 * the Seoul inauguration count 0..59, Tokyo's 0..35. Chronicle: issue flares drawn with probability
 * 1 - exp(-(λ_i + c·Σ linked a_j)) and size = issues.flareSize, North Korean tests from Poisson(λ). The index is
 * then simulated by the fit's state-space model (StateSpace.simulate). Nothing here is a measurement.
 */

/** Synthetic inputs simulated from known parameter values: drivers, chronicle, index. */
public final class Synthetic {
  private Synthetic() {}

  /**
   * Returns the parameter values that recovery studies simulate from (the tests and the fit benchmark): chosen away
   * from the priors' centres, so that a recovered value is not just the prior.
   */
  public static Map<String, Double> recoveryTruth() {
    Map<String, Double> v = FitSpace.defaults();
    v.put(CoreParameters.EQUILIBRIUM, 1.5);
    v.put(CoreParameters.REVERSION, 0.15);
    v.put(CoreParameters.NOISE, 0.4);
    v.put(FitSpace.OBSERVATION_NOISE.name(), 0.5);
    v.put(CoreParameters.NUCLEAR_RATE, 0.03);
    v.put(CoreParameters.MISSILE_RATE, 0.5);
    for (Issue i : Issue.values()) {
      v.put(CoreParameters.flareRate(i), 0.04);
    }
    v.put("M1.beta", 0.25);
    v.put("M2.beta", -0.3);
    v.put("M3.beta", -5.0);
    v.put("M4.beta", 0.2);
    v.put("M5.beta", 0.3);
    v.put("M6.beta", 0.4);
    v.put("M7.contagion", 0.3);
    v.put("M8.beta", 0.2);
    v.put("M9.damping", 0.5);
    v.put("M10.shift2010s", -1.0);
    v.put("M11.rho", 0.25);
    v.put("M12.beta", 0.15);
    return v;
  }

  /**
   * Returns parameter values for simulation-based calibration (S. R. Cook, A. Gelman and D. B. Rubin 2006; S. Talts
   * et al., "Validating Bayesian inference algorithms with simulation-based calibration", 2018): every parameter a
   * fit of {@code enabled} estimates drawn from its prior truncated to its range (a normal prior by rejection), the
   * others at their defaults. Averaged over such truths, 95% posterior intervals cover the truth 95% of the time
   * when the posterior is computed correctly; fixed truths away from the priors' centres ({@link #recoveryTruth()})
   * are covered less often, by as much as the priors pull.
   */
  public static Map<String, Double> priorDraw(Set<MechanismId> enabled, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    Map<String, Double> v = FitSpace.defaults();
    for (org.strait.model.ParameterSpec s : FitSpace.fitted(enabled)) {
      double x;
      if (FitSpace.isKey(s.name())) {
        int tries = 0;
        do {
          x = Shrinkage.size(s) * Shrinkage.draw(rng);
          Require.state(++tries < 1_000_000, "prior of %s puts no mass on its range", s.name());
        } while (x < s.lower() || x > s.upper());
      } else if (s.prior() instanceof org.strait.model.Prior.Normal p) {
        int tries = 0;
        do {
          x = p.mean() + p.sd() * Draws.normal(rng);
          Require.state(++tries < 1_000_000, "prior of %s puts no mass on its range", s.name());
        } while (x < s.lower() || x > s.upper());
      } else {
        x = s.lower() + (s.upper() - s.lower()) * rng.nextDouble();
      }
      v.put(s.name(), x);
    }
    return v;
  }

  /**
   * Simulates {@code months} months from {@code start} under parameter {@code values} with the mechanisms in
   * {@code enabled}.
   *
   * @param directed whether the input carries the two directed series (else the headline only)
   */
  public static FitInput generate(Map<String, Double> values, Set<MechanismId> enabled, YearMonth start, int months,
      boolean directed, long seed) {
    Require.argument(months >= 12, "simulate at least 12 months, was %s", months);
    SplittableRandom rng = new SplittableRandom(seed);
    Theta th = new Theta(values, enabled);
    Map<Driver, double[]> d = drivers(months, rng);
    List<Shock> shocks = chronicle(th, start, months, rng);
    org.strait.model.Drivers drivers = (driver, month) -> {
      double[] path = d.get(driver);
      int i = (int) (month.getYear() * 12L + month.getMonthValue() - start.getYear() * 12L - start.getMonthValue());
      return path[Math.max(0, Math.min(months - 1, i))];
    };
    ShockSchedule chronicle = ShockSchedule.of(shocks);
    Table tab = Table.future(drivers, chronicle, start, months);
    double[][] obs = StateSpace.simulate(th, tab, th.equilibrium, rng);
    MonthlySeries index = MonthlySeries.of(start, obs[2]);
    return directed
        ? new FitInput(index, MonthlySeries.of(start, obs[0]), MonthlySeries.of(start, obs[1]), null, drivers,
            chronicle)
        : FitInput.headline(index, drivers, chronicle);
  }

  private static Map<Driver, double[]> drivers(int months, SplittableRandom rng) {
    Map<Driver, double[]> d = new EnumMap<>(Driver.class);
    d.put(Driver.PRK_MATERIAL_CONFLICT, ar(months, 0.8, rng));
    d.put(Driver.US_CHN_CONFLICT, ar(months, 0.95, rng));
    d.put(Driver.US_ENGAGEMENT, ar(months, 0.8, rng));
    d.put(Driver.US_STANDING_GAP, ar(months, 0.8, rng));
    d.put(Driver.US_COMMITMENT, ar(months, 0.8, rng));
    double[] dep = new double[months];
    double[] gdp = new double[months];
    double[] orient = new double[months];
    double[] seoul = new double[months];
    double[] tokyo = new double[months];
    for (int t = 0; t < months; t++) {
      double u = t / (double) (months - 1);
      dep[t] = 0.8 + 0.4 * u;
      gdp[t] = 0.25 + 0.15 * u;
      orient[t] = (t / 60) % 2 == 0 ? 1 : -1;
      seoul[t] = t % 60;
      tokyo[t] = t % 36;
    }
    d.put(Driver.KOR_CHINA_DEPENDENCE, dep);
    d.put(Driver.GDP_RATIO, gdp);
    d.put(Driver.SEOUL_ORIENTATION, orient);
    d.put(Driver.MONTHS_SINCE_SEOUL_INAUGURATION, seoul);
    d.put(Driver.MONTHS_SINCE_TOKYO_INAUGURATION, tokyo);
    return d;
  }

  private static double[] ar(int months, double phi, SplittableRandom rng) {
    double[] x = new double[months];
    double sd = Math.sqrt(1 - phi * phi);
    double v = Draws.normal(rng);
    for (int t = 0; t < months; t++) {
      v = phi * v + sd * Draws.normal(rng);
      x[t] = v;
    }
    return x;
  }

  private static List<Shock> chronicle(Theta th, YearMonth start, int months, SplittableRandom rng) {
    List<Shock> out = new ArrayList<>();
    double[] a = new double[Issue.COUNT];
    MonthTerms terms = th.terms();
    double[] noDrivers = new double[Table.DRIVERS];
    for (int t = 0; t < months; t++) {
      YearMonth m = start.plusMonths(t);
      for (int k = 0; k < Issue.COUNT; k++) {
        a[k] *= th.issueDecay[k];
      }
      // Only the mechanisms' hazards are asked for (M7's, from the issue states): they read no driver.
      terms.begin(t, Table.decimalYear(m), noDrivers, noDrivers, 0, 0, 0, a);
      terms.hazards(0);
      for (int k = 0; k < Issue.COUNT; k++) {
        if (rng.nextDouble() < -Math.expm1(-(th.flareRate[k] + terms.hazard(k)))) {
          a[k] += th.flareSize * (1 - a[k]);
          out.add(new Shock(m, ShockKind.ISSUE_FLARE, Issue.values()[k], th.flareSize));
        }
      }
      int nuclear = Draws.poisson(th.threatProcess.nuclearRate(), rng);
      int missiles = Draws.poisson(th.threatProcess.missileRate(), rng);
      if (nuclear > 0) {
        out.add(new Shock(m, ShockKind.NUCLEAR_TEST, null, nuclear));
      }
      if (missiles > 0) {
        out.add(new Shock(m, ShockKind.MISSILE_TEST, null, missiles));
      }
    }
    return out;
  }
}
