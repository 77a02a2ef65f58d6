package org.strait.fit;

import java.util.List;
import java.util.SplittableRandom;
import org.strait.model.Driver;
import org.strait.model.DriverBaseline;
import org.strait.model.Issue;
import org.strait.model.MechanismId;
import org.strait.model.Shock;
import org.strait.model.mechanism.Linkage;
import org.strait.model.mechanism.StructuralShift;

/*
 * The auxiliary states of the model (North Korean threat θ, issue states a_i, latent Korean sentiment y) and the
 * mechanisms' terms of one month, as org.strait.model.Model computes them (see its equations), written out so that
 * the fit can evaluate them without a Model:
 *
 *   θ ← θ·2^(-1/h_θ); a_i ← a_i·2^(-1/h_i); M7 hazard h_i = c·Σ_{links j→i} a_j (from the decayed states);
 *   dated shocks: flares a ← a + m(1-a), settlements a ← a(1-m), tests θ ← θ + w·m, relation and sentiment pushes;
 *   random events (forecast paths only): tests ~ Poisson(λ), flares with probability 1 - exp(-(λ_i + h_i));
 *   cooperative part C and hostile part H per direction, equilibrium shift Δμ, cooperation factor g = g_M4·g_M9.
 *
 * One difference from Model: the M7 hazard is taken before the month's dated flares (Model takes it after), so
 * that the chronicle's flares are scored against the hazard that preceded them. The chronicle's flares and tests
 * are scored as the outcomes of the point processes: log P(flare) = log(1 - exp(-(λ_i + h_i))), tests Poisson.
 */

/** The auxiliary states and one month's mechanism terms of the fit's state-space model. Mutable; one per path. */
final class Dynamics {
  private final Theta th;
  double threat;
  final double[] issues = new double[Issue.COUNT];
  double sentimentLatent;
  private double[] baseline = DriverBaseline.start();
  double coopJk;
  double coopKj;
  double hostileJk;
  double hostileKj;
  double shift;
  double gate;
  int historyFlares;
  private final double[] hazard = new double[Issue.COUNT];
  private final boolean[] flared = new boolean[Issue.COUNT];

  Dynamics(Theta th) {
    this.th = th;
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
   * Computes month {@code i} of {@code tab}: decays, events and terms; returns the log-likelihood of the month's
   * dated flares and tests when {@code score}, else 0. Random events are drawn only when {@code rng} is not null.
   */
  double month(Table tab, int i, boolean score, SplittableRandom rng) {
    double[] d = tab.drivers[i];
    double sentiment = Math.tanh(sentimentLatent);
    threat *= th.threatDecay;
    for (int k = 0; k < Issue.COUNT; k++) {
      issues[k] *= th.issueDecay[k];
      hazard[k] = 0;
      flared[k] = false;
    }
    if (th.on(MechanismId.M7)) {
      for (Linkage.Link link : Linkage.LINKS) {
        hazard[link.to().ordinal()] += th.m7Contagion * issues[link.from().ordinal()];
      }
    }
    coopJk = 0;
    coopKj = 0;
    hostileJk = 0;
    hostileKj = 0;
    shift = 0;
    gate = 1;
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
          threat += th.nuclearWeight * s.magnitude();
          nuclear += s.magnitude();
        }
        case MISSILE_TEST -> {
          threat += th.missileWeight * s.magnitude();
          missiles += s.magnitude();
        }
        case RELATION_PUSH -> push(s.magnitude(), s.magnitude());
        case SENTIMENT_PUSH -> sentimentLatent += s.magnitude();
        default -> throw new IllegalStateException("unhandled shock " + s.kind());
      }
    }
    double logLik = score ? scoreEvents(nuclear, missiles) : 0;
    if (rng != null) {
      randomEvents(rng);
    }
    terms(d, tab.year(i), sentiment);
    DriverBaseline.update(baseline, d);
    return logLik;
  }

  private double scoreEvents(double nuclear, double missiles) {
    double ll = poisson(Math.round(nuclear), th.nuclearRate) + poisson(Math.round(missiles), th.missileRate);
    for (int k = 0; k < Issue.COUNT; k++) {
      double rate = th.flareRate[k] + hazard[k];
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
    threat += th.nuclearWeight * poissonDraw(th.nuclearRate, rng) + th.missileWeight * poissonDraw(th.missileRate, rng);
    for (int k = 0; k < Issue.COUNT; k++) {
      if (rng.nextDouble() < -Math.expm1(-(th.flareRate[k] + hazard[k]))) {
        issues[k] += th.flareSize * (1 - issues[k]);
        historyFlares += Issue.values()[k].history() ? 1 : 0;
      }
    }
  }

  private static int poissonDraw(double lambda, SplittableRandom rng) {
    double u = rng.nextDouble();
    double term = Math.exp(-lambda);
    double cdf = term;
    int k = 0;
    while (u > cdf && k < 1000) {
      k++;
      term *= lambda / k;
      cdf += term;
    }
    return k;
  }

  private void terms(double[] d, double year, double sentiment) {
    if (th.on(MechanismId.M1)) {
      double t = dev(d, Driver.PRK_MATERIAL_CONFLICT) + threat;
      double p = th.m1Beta * t * (1 + th.m1Gamma * d[Driver.SEOUL_ORIENTATION.ordinal()]);
      push(p, p);
    }
    if (th.on(MechanismId.M2)) {
      double p = th.m2Beta * dev(d, Driver.US_CHN_CONFLICT) * d[Driver.KOR_CHINA_DEPENDENCE.ordinal()];
      push(p, p);
    }
    if (th.on(MechanismId.M3)) {
      shift += th.m3Beta * (d[Driver.GDP_RATIO.ordinal()] - th.m3Reference);
    }
    if (th.on(MechanismId.M4)) {
      double u = d[Driver.US_ENGAGEMENT.ordinal()];
      double p = th.m4Beta * dev(d, Driver.US_ENGAGEMENT);
      push(p, p);
      gate *= 1 - th.m4Eta + th.m4Eta / (1 + Math.exp(-u));
    }
    if (th.on(MechanismId.M5)) {
      push(0, -th.m5Beta * dev(d, Driver.US_STANDING_GAP));
    }
    if (th.on(MechanismId.M6)) {
      double load = 0;
      for (double a : issues) {
        load += a;
      }
      push(-th.m6Beta * load, -th.m6Beta * load);
    }
    if (th.on(MechanismId.M8)) {
      double p = th.m8Beta * (cycle(d[Driver.MONTHS_SINCE_SEOUL_INAUGURATION.ordinal()])
          + th.m8TokyoWeight * cycle(d[Driver.MONTHS_SINCE_TOKYO_INAUGURATION.ordinal()]));
      push(p, p);
    }
    if (th.on(MechanismId.M9)) {
      gate *= 1 - th.m9Damping * (1 - sentiment) / 2;
    }
    if (th.on(MechanismId.M10)) {
      shift += th.m10ColdWarEnd * logistic((year - StructuralShift.COLD_WAR_END_YEAR) / th.m10Width)
          + th.m10Shift * logistic((year - th.m10Break) / th.m10Width);
    }
    if (th.on(MechanismId.M12)) {
      double p = -th.m12Beta * dev(d, Driver.US_COMMITMENT);
      push(p, p);
    }
  }

  /** Updates latent sentiment after the month's temperatures {@code meanJk}, {@code meanKj} (latent scale). */
  void sentimentAfter(double latentJk, double latentKj, double noiseDraw) {
    double tau = (10 * Math.tanh(latentJk / 10) + 10 * Math.tanh(latentKj / 10)) / 2;
    sentimentLatent += th.sentimentReversion * (th.sentimentEquilibrium - sentimentLatent)
        + th.sentimentFollows * tau / 10 - th.sentimentHistoryHit * historyFlares + th.sentimentNoise * noiseDraw;
  }

  private void push(double jk, double kj) {
    if (jk > 0) {
      coopJk += jk;
    } else {
      hostileJk += jk;
    }
    if (kj > 0) {
      coopKj += kj;
    } else {
      hostileKj += kj;
    }
  }

  /** Returns this month's deviation of {@code driver} from its baseline (DriverBaseline). */
  private double dev(double[] d, Driver driver) {
    return d[driver.ordinal()] - baseline[driver.ordinal()];
  }

  private double cycle(double months) {
    return 2 * Math.exp(-Math.max(0, months) / th.m8Tau) - 1;
  }

  private static double logistic(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
