package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.strait.model.CoreParameters;
import org.strait.model.Drivers;
import org.strait.model.InitialState;
import org.strait.model.Issue;
import org.strait.model.Lever;
import org.strait.model.LeverKind;
import org.strait.model.MechanismId;
import org.strait.model.RunResult;
import org.strait.model.RunSpec;
import org.strait.model.Shock;
import org.strait.model.ShockKind;
import org.strait.model.ShockSchedule;
import org.strait.model.mechanism.Mechanisms;

class StateSpaceTest {
  private static final YearMonth START = YearMonth.of(2005, 1);

  /** With no noise and no random events, the fit's dynamics retrace the engine's path month by month. */
  @Test
  void simulate_quietWorld_matchesEngineModel() {
    Map<String, Double> v = quietWorld();
    v.put(CoreParameters.NUCLEAR_RATE, 0.0);
    v.put(CoreParameters.MISSILE_RATE, 0.0);
    assertRetracesEngine(v, List.of());
  }

  /**
   * With base test rates above zero (so that M1 reads the threat's excess over a non-zero long-run mean) and talks
   * from the first month that stop the engine's random tests, the fit still retraces the engine: both evaluate the
   * same mechanism code with the same threat baseline.
   */
  @Test
  void simulate_baseTestRatesWithTalksStoppingTests_matchesEngineModel() {
    Map<String, Double> v = quietWorld();
    v.put(CoreParameters.NUCLEAR_RATE, 0.05);
    v.put(CoreParameters.MISSILE_RATE, 0.5);
    v.put(CoreParameters.lever(LeverKind.SIX_PARTY_TALKS, "testRateFactor"), 0.0);
    v.put(CoreParameters.lever(LeverKind.SIX_PARTY_TALKS, "push"), 0.0);
    assertRetracesEngine(v, List.of(new Lever(START, LeverKind.SIX_PARTY_TALKS, 1)));
  }

  private static Map<String, Double> quietWorld() {
    Map<String, Double> v = Synthetic.recoveryTruth();
    v.put(CoreParameters.NOISE, 0.0);
    v.put(CoreParameters.SENTIMENT_NOISE, 0.0);
    v.put("M7.contagion", 0.0);
    for (Issue i : Issue.values()) {
      v.put(CoreParameters.flareRate(i), 0.0);
    }
    return v;
  }

  private static void assertRetracesEngine(Map<String, Double> v, List<Lever> levers) {
    Map<String, Double> quiet = new java.util.HashMap<>(v);
    quiet.put(CoreParameters.NUCLEAR_RATE, 0.0);
    quiet.put(CoreParameters.MISSILE_RATE, 0.0);
    FitInput synthetic = Synthetic.generate(quiet, FitSpace.all(), START, 60, false, 3);
    List<Shock> shocks = List.of(
        new Shock(START.plusMonths(5), ShockKind.ISSUE_FLARE, Issue.DOKDO_TAKESHIMA, 0.8),
        new Shock(START.plusMonths(9), ShockKind.NUCLEAR_TEST, null, 1),
        new Shock(START.plusMonths(20), ShockKind.RELATION_PUSH, null, 1.5),
        new Shock(START.plusMonths(30), ShockKind.ISSUE_FLARE, Issue.COMFORT_WOMEN, 0.6));
    Drivers drivers = synthetic.drivers();
    Map<String, Double> engineValues = new java.util.HashMap<>(v);
    engineValues.remove(FitSpace.OBSERVATION_NOISE.name());
    engineValues.remove(FitSpace.OBSERVATION_FLOOR.name());
    RunSpec spec = new RunSpec(START, 60, Mechanisms.defaults().with(engineValues), FitSpace.all(),
        InitialState.calm(1.0), drivers, ShockSchedule.of(shocks), levers, false);
    RunResult engine = Mechanisms.simulation(spec).run(11);
    for (int t = 0; t < 9; t++) {
      assertThat(engine.threat()[t]).as("threat before the dated test, month %s: no random test", t).isZero();
    }

    Map<String, Double> fit = new java.util.HashMap<>(v);
    fit.put(FitSpace.OBSERVATION_NOISE.name(), 0.0);
    fit.put(FitSpace.OBSERVATION_FLOOR.name(), 0.0);
    Theta th = new Theta(fit, FitSpace.all());
    Table tab = Table.future(drivers, ShockSchedule.of(shocks), START, 60);
    double latentStart = 10 * atanh(1.0 / 10);
    double[][] ours = StateSpace.simulate(th, tab, latentStart, new SplittableRandom(1));
    for (int t = 0; t < 60; t++) {
      assertThat(10 * Math.tanh(ours[0][t] / 10)).as("JPN->KOR month %s", t).isCloseTo(engine.jpnToKor()[t],
          within(1e-9));
      assertThat(10 * Math.tanh(ours[1][t] / 10)).as("KOR->JPN month %s", t).isCloseTo(engine.korToJpn()[t],
          within(1e-9));
    }
  }

  /** The filter's likelihood equals the multivariate normal density of the whole series, computed directly. */
  @Test
  void filter_noMechanisms_equalsJointGaussianDensity() {
    Map<String, Double> v = FitSpace.defaults();
    double kappa = 0.2;
    double mu = 1.0;
    double sigma = 0.7;
    double r = 0.4;
    v.put(CoreParameters.REVERSION, kappa);
    v.put(CoreParameters.EQUILIBRIUM, mu);
    v.put(CoreParameters.NOISE, sigma);
    v.put(FitSpace.OBSERVATION_NOISE.name(), r);
    double[] y = {0.3, 0.9, Double.NaN, 1.4, 0.2, 0.8, 1.1};
    FitInput in = FitInput.headline(MonthlySeries.of(START, y), Drivers.neutral(), ShockSchedule.none());
    Theta th = new Theta(v, EnumSet.noneOf(MechanismId.class));
    double filtered = StateSpace.filter(th, Table.of(in)).logLikIndex;

    // Direct: each direction x_t = d x_{t-1} + κμ + σε from x_0 ~ N(y_1, 4), independent; y_t = (a_t + b_t)/2 + ν.
    double d = 1 - kappa;
    int[] seen = {0, 1, 3, 4, 5, 6};
    int n = seen.length;
    double[] mean = new double[n];
    double[][] cov = new double[n][n];
    for (int i = 0; i < n; i++) {
      int s = seen[i] + 1;
      double m = Math.pow(d, s) * y[0];
      for (int k = 0; k < s; k++) {
        m += Math.pow(d, k) * kappa * mu;
      }
      mean[i] = m;
      for (int j = 0; j < n; j++) {
        int t = seen[j] + 1;
        double c = Math.pow(d, s + t) * 4;
        for (int k = 1; k <= Math.min(s, t); k++) {
          c += sigma * sigma * Math.pow(d, s - k) * Math.pow(d, t - k);
        }
        cov[i][j] = 0.5 * c + (i == j ? r * r : 0);
      }
    }
    RealMatrix c = new Array2DRowRealMatrix(cov);
    CholeskyDecomposition chol = new CholeskyDecomposition(c);
    double[] dev = new double[n];
    for (int i = 0; i < n; i++) {
      dev[i] = y[seen[i]] - mean[i];
    }
    double[] solved = chol.getSolver().solve(new org.hipparchus.linear.ArrayRealVector(dev)).toArray();
    double quad = 0;
    for (int i = 0; i < n; i++) {
      quad += dev[i] * solved[i];
    }
    double direct = -0.5 * (n * Math.log(2 * Math.PI) + Math.log(chol.getDeterminant()) + quad);
    assertThat(filtered).isCloseTo(direct, within(1e-9));
  }

  private static double atanh(double x) {
    return 0.5 * Math.log((1 + x) / (1 - x));
  }
}
