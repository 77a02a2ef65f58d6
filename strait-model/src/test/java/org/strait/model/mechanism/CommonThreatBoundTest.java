package org.strait.model.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strait.model.Driver;
import org.strait.model.DriverBaseline;
import org.strait.model.Issue;
import org.strait.model.MechanismId;
import org.strait.model.MonthTerms;

/**
 * The bound on M1's push (issue 20, item 1): neither of its inputs can push the level without bound. The North
 * Korean material-conflict driver enters as its deviation from the slow baseline, so a driver that sits at a new
 * level pushes a finite total and then nothing; the threat state is a decaying pulse per test, so a test pushes a
 * finite total; an ordinary month (threat at its base-rate mean) pushes nothing. The expected sums are the closed
 * forms of the geometric series, not values read from the code.
 */
class CommonThreatBoundTest {
  private static final double BETA = 0.2;
  private static final double GAMMA = 0.5;
  private static final double CONSERVATIVE_FACTOR = 1 + GAMMA;
  private static final int MONTHS = 600;

  private static MonthTerms terms(double threatBaseline) {
    var p = Mechanisms.defaults().with(Map.of(CommonThreat.BETA, BETA, CommonThreat.GAMMA, GAMMA));
    return new MonthTerms(Mechanisms.of(EnumSet.of(MechanismId.M1), p), 0.1, threatBaseline);
  }

  private static double[] neutralDrivers() {
    double[] d = new double[Driver.values().length];
    for (Driver x : Driver.values()) {
      d[x.ordinal()] = x.neutral();
    }
    d[Driver.SEOUL_ORIENTATION.ordinal()] = 1;
    return d;
  }

  /** Runs M1 alone for {@link #MONTHS} months and returns each month's push. */
  private static double[] pushes(MonthTerms terms, double[] drivers, double[] threat) {
    double[] baseline = DriverBaseline.start();
    double[] out = new double[MONTHS];
    for (int t = 0; t < MONTHS; t++) {
      terms.begin(t, 2000 + t / 12.0, drivers, baseline, 0, 0, 0, new double[Issue.COUNT]);
      terms.push(threat[t]);
      out[t] = terms.cooperativeJk() + terms.hostileJk();
      assertThat(terms.cooperativeKj() + terms.hostileKj()).isEqualTo(out[t]);
      DriverBaseline.update(baseline, drivers);
    }
    return out;
  }

  private static double sum(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }

  @Test
  void materialConflict_heldAtANewLevel_pushesAFiniteTotalThenNothing() {
    double[] drivers = neutralDrivers();
    drivers[Driver.PRK_MATERIAL_CONFLICT.ordinal()] = 1.0;
    double[] p = pushes(terms(0), drivers, new double[MONTHS]);
    // deviation (1 - alpha)^k in month k: total beta * factor / alpha, not beta * factor per month for ever
    assertThat(p[0]).isCloseTo(BETA * CONSERVATIVE_FACTOR, within(1e-12));
    assertThat(sum(p)).isCloseTo(BETA * CONSERVATIVE_FACTOR / DriverBaseline.ALPHA, within(1e-6));
    assertThat(Math.abs(p[MONTHS - 1])).isLessThan(1e-12);
  }

  @Test
  void oneNuclearTest_pushesAFiniteTotalThenNothing() {
    double weight = 2;
    double decay = Math.pow(2, -1 / 3.0);
    double[] threat = new double[MONTHS];
    for (int t = 0; t < MONTHS; t++) {
      threat[t] = weight * Math.pow(decay, t);
    }
    double[] p = pushes(terms(0), neutralDrivers(), threat);
    assertThat(sum(p)).isCloseTo(BETA * CONSERVATIVE_FACTOR * weight / (1 - decay), within(1e-9));
    assertThat(Math.abs(p[MONTHS - 1])).isLessThan(1e-12);
  }

  @Test
  void threatAtItsBaseRateMean_pushesNothing() {
    double mean = 0.23;
    double[] threat = new double[MONTHS];
    java.util.Arrays.fill(threat, mean);
    double[] p = pushes(terms(mean), neutralDrivers(), threat);
    assertThat(sum(p)).isCloseTo(0, within(1e-12));
  }
}
