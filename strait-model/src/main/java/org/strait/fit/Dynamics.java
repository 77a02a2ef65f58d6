package org.strait.fit;

import java.util.List;
import java.util.SplittableRandom;
import org.strait.core.numeric.Draws;
import org.strait.model.Driver;
import org.strait.model.DriverBaseline;
import org.strait.model.Issue;
import org.strait.model.MonthTerms;
import org.strait.model.Shock;
import org.strait.model.ThreatProcess;

/*
 * The auxiliary states of the model (North Korean threat θ, issue states a_i, latent Korean sentiment y) as
 * org.strait.model.Model moves them (see its equations), and the month's mechanism terms, which the mechanisms of the
 * model compute themselves (org.strait.model.MonthTerms, the same code the simulation runs):
 *
 *   θ ← θ·2^(-1/h_θ); a_i ← a_i·2^(-1/h_i); M7 hazard h_i (from the decayed states);
 *   dated shocks: flares a ← a + m(1-a), settlements a ← a(1-m), tests θ ← θ + w·m, relation and sentiment pushes;
 *   random events (forecast paths only): a new prime minister in Tokyo with the table's monthly probability (an
 *   unconditional forecast's), tests ~ Poisson(λ), flares with probability 1 - exp(-(λ_i + h_i));
 *   cooperative part C and hostile part H per direction, equilibrium shift Δμ, cooperation factor g, cross-lag ρ.
 *
 * One difference from Model: the M7 hazard is taken before the month's dated flares (Model takes it after), so
 * that the chronicle's flares are scored against the hazard that preceded them. The chronicle's flares and tests
 * are scored as the outcomes of the point processes: log P(flare) = log(1 - exp(-(λ_i + h_i))), tests Poisson.
 */

/** The auxiliary states and one month's mechanism terms of the fit's state-space model. Mutable; one per path. */
final class Dynamics {
  private final Theta th;
  final MonthTerms terms;
  double threat;
  final double[] issues = new double[Issue.COUNT];
  double sentimentLatent;
  private double[] baseline = DriverBaseline.start();
  int historyFlares;
  private final boolean[] flared = new boolean[Issue.COUNT];
  /** Months since this path's own change of Japanese prime minister, NaN until it draws one. */
  private double tokyoSince = Double.NaN;
  private final double[] row = new double[Table.DRIVERS];

  Dynamics(Theta th) {
    this.th = th;
    this.terms = th.terms();
  }

  Dynamics copy() {
    Dynamics d = new Dynamics(th);
    d.threat = threat;
    System.arraycopy(issues, 0, d.issues, 0, Issue.COUNT);
    d.sentimentLatent = sentimentLatent;
    d.baseline = baseline.clone();
    return d;
  }

  /**
   * Computes month {@code i} of {@code tab} from the latent temperatures {@code jpnToKor}, {@code korToJpn} at its
   * start: decays, events and terms; returns the log-likelihood of the month's dated flares and tests when
   * {@code score}, else 0. Random events are drawn only when {@code rng} is not null.
   */
  double month(Table tab, int i, double jpnToKor, double korToJpn, boolean score, SplittableRandom rng) {
    double[] d = tab.drivers[i];
    if (rng != null && tab.tokyoChangeRate > 0) {
      d = tokyoChange(d, tab.tokyoChangeRate, rng);
    }
    double sentiment = Math.tanh(sentimentLatent);
    terms.begin(i, tab.year(i), d, baseline, jpnToKor, korToJpn, sentiment, issues);
    threat *= th.threatProcess.decay();
    for (int k = 0; k < Issue.COUNT; k++) {
      issues[k] *= th.issueDecay[k];
      flared[k] = false;
    }
    terms.hazards(threat);
    historyFlares = 0;
    double nuclear = 0;
    double missiles = 0;
    List<Shock> shocks = tab.shocks[i];
    for (Shock s : shocks) {
      switch (s.kind()) {
        case ISSUE_FLARE -> {
          int k = s.issue().ordinal();
          issues[k] += s.magnitude() * (1 - issues[k]);
          flared[k] = true;
          historyFlares += s.issue().history() ? 1 : 0;
        }
        case ISSUE_SETTLEMENT -> issues[s.issue().ordinal()] *= 1 - s.magnitude();
        case NUCLEAR_TEST -> {
          threat += th.threatProcess.nuclearWeight() * s.magnitude();
          nuclear += s.magnitude();
        }
        case MISSILE_TEST -> {
          threat += th.threatProcess.missileWeight() * s.magnitude();
          missiles += s.magnitude();
        }
        case RELATION_PUSH -> terms.step().push(s.magnitude());
        case SENTIMENT_PUSH -> sentimentLatent += s.magnitude();
        default -> throw new IllegalStateException("unhandled shock " + s.kind());
      }
    }
    double logLik = score ? scoreEvents(nuclear, missiles) : 0;
    if (rng != null) {
      randomEvents(rng);
    }
    terms.push(threat);
    DriverBaseline.update(baseline, d);
    return logLik;
  }

  /**
   * Draws whether Tokyo's prime minister changes this month (probability {@code rate}) and returns the month's
   * drivers with Tokyo's months since inauguration counted from the path's last change, if it had one.
   */
  private double[] tokyoChange(double[] d, double rate, SplittableRandom rng) {
    tokyoSince = rng.nextDouble() < rate ? 0 : tokyoSince + 1;
    if (Double.isNaN(tokyoSince)) {
      return d;
    }
    System.arraycopy(d, 0, row, 0, row.length);
    row[Driver.MONTHS_SINCE_TOKYO_INAUGURATION.ordinal()] = tokyoSince;
    return row;
  }

  private double scoreEvents(double nuclear, double missiles) {
    ThreatProcess tp = th.threatProcess;
    double ll = poisson(Math.round(nuclear), tp.nuclearRate()) + poisson(Math.round(missiles), tp.missileRate());
    for (int k = 0; k < Issue.COUNT; k++) {
      double rate = th.flareRate[k] + terms.hazard(k);
      ll += flared[k] ? Math.log(Math.max(1e-300, -Math.expm1(-rate))) : -rate;
    }
    return ll;
  }

  private static double poisson(long k, double rate) {
    if (k == 0) {
      return -rate;
    }
    double ll = k * Math.log(Math.max(rate, 1e-300)) - rate;
    for (long j = 2; j <= k; j++) {
      ll -= Math.log(j);
    }
    return ll;
  }

  private void randomEvents(SplittableRandom rng) {
    ThreatProcess tp = th.threatProcess;
    threat += tp.nuclearWeight() * Draws.poisson(tp.nuclearRate(), rng)
        + tp.missileWeight() * Draws.poisson(tp.missileRate(), rng);
    for (int k = 0; k < Issue.COUNT; k++) {
      if (rng.nextDouble() < -Math.expm1(-(th.flareRate[k] + terms.hazard(k)))) {
        issues[k] += th.flareSize * (1 - issues[k]);
        historyFlares += Issue.values()[k].history() ? 1 : 0;
      }
    }
  }

  /** Updates latent sentiment after the month's temperatures {@code meanJk}, {@code meanKj} (latent scale). */
  void sentimentAfter(double latentJk, double latentKj, double noiseDraw) {
    double tau = (10 * Math.tanh(latentJk / 10) + 10 * Math.tanh(latentKj / 10)) / 2;
    sentimentLatent = th.sentimentDynamics.next(sentimentLatent, tau, historyFlares, noiseDraw);
  }

}
