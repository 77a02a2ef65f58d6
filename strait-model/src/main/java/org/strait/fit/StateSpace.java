package org.strait.fit;

import java.util.SplittableRandom;
import org.strait.core.numeric.Draws;
import org.strait.model.MonthTerms;

/*
 * The linear-Gaussian part of the model as a state-space model, and its Kalman filter.
 *
 * State s_t = (x_JK, x_KJ), the latent directed temperatures. Transition (Model, step 6, with M11 written as a
 * matrix):
 *   s_t = A s_{t-1} + b_t + σ ε_t,   A = [[1-κ-ρ, ρ], [ρ, 1-κ-ρ]],
 *   b_t = κ(μ0 + Δμ_t)·1 + g_t·C_t + H_t,   ε_t ~ N(0, I),
 * where Δμ, g, C, H and ρ are the mechanisms' terms of the month (Dynamics, MonthTerms), computed from the drivers,
 * the chronicle's
 * dated shocks, and the auxiliary states; the sentiment state (M9) follows the filtered mean, which makes the filter
 * an approximation when M9 is on (a conditionally linear-Gaussian model). Observation: the headline index
 * y_t = ½(x_JK + x_KJ) + ν_t, or both directions y_t = s_t + ν_t when they are observed, with
 * ν ~ N(0, r²/w_t I + s² 11ᵀ): a part r²/w_t per direction that shrinks with w_t, the month's event count over the
 * mean count (thin months are noisier), and a part s² common to both directions that does not (a month's own story
 * moves both directions' means, however many events report it; issue 20, part 6). The headline's observation
 * variance is then s² + r²/(k·w_t), k = 2 when both directions are observed, else 1; at s = 0 it is the law
 * before part 6, r²/(k·w_t), to the bit. The index is read on the latent scale:
 * Model reports 10·tanh(x/10), which differs from x by under 3% for |x| < 3, the range of a Goldstein mean of
 * Japan–Korea events.
 *
 * Kalman filter (R. E. Kalman 1960; J. Durbin and S. J. Koopman, "Time Series Analysis by State Space Methods",
 * 2nd ed. 2012, ch. 4): predict m⁻ = A m + b, P⁻ = A P Aᵀ + σ² I; update with innovation v = y - H m⁻,
 * F = H P⁻ Hᵀ + R, K = P⁻ Hᵀ F⁻¹, m = m⁻ + K v, P = P⁻ - K H P⁻; log-likelihood Σ -½(log det 2πF + vᵀ F⁻¹ v).
 * Months without an observation are predicted only. Start: m_0 = the first observed value, P_0 = 4·I.
 */

/** The fit's state-space model: Kalman-filter likelihood and Monte Carlo paths from the filtered state. */
final class StateSpace {
  private static final double LOG_2PI = Math.log(2 * Math.PI);
  private static final double INITIAL_VARIANCE = 4;

  private StateSpace() {}

  /** The filter's output: log-likelihoods and the state after the last month. */
  static final class Filtered {
    double logLikIndex;
    double logLikEvents;
    /** Each month's log predictive density of its observation given the months before (0 when unobserved). */
    double[] monthly;
    /**
     * Each observed month's headline innovation: the observed headline minus its one-month prediction (else NaN);
     * recorded by {@link #filterRecording} only.
     */
    double[] innovation;
    /**
     * Each month's one-month predictive variance of the latent headline, before its observation; recorded by
     * {@link #filterRecording} only.
     */
    double[] latentVariance;
    int observations;
    double mJk;
    double mKj;
    double p11;
    double p12;
    double p22;
    Dynamics dynamics;

    double logLik() {
      return logLikIndex + logLikEvents;
    }
  }

  /** Runs the filter over every month of {@code tab}. */
  static Filtered filter(Theta th, Table tab) {
    return filter(th, tab, false);
  }

  /**
   * Runs the filter over every month of {@code tab} and records each month's headline innovation and latent
   * predictive variance (a diagnosis, {@link ObservationLaw}; the likelihood does without them).
   */
  static Filtered filterRecording(Theta th, Table tab) {
    return filter(th, tab, true);
  }

  private static Filtered filter(Theta th, Table tab, boolean record) {
    Filtered f = new Filtered();
    f.monthly = new double[tab.n];
    if (record) {
      f.innovation = new double[tab.n];
      f.latentVariance = new double[tab.n];
    }
    Dynamics dyn = new Dynamics(th);
    double start = th.equilibrium;
    for (int i = 0; i < tab.n; i++) {
      if (!Double.isNaN(tab.headline[i])) {
        start = tab.headline[i];
        break;
      }
    }
    double a = start;
    double b = start;
    double p11 = INITIAL_VARIANCE;
    double p12 = 0;
    double p22 = INITIAL_VARIANCE;
    double kappa = th.reversion;
    double rho = dyn.terms.crossLag();
    double d = 1 - kappa - rho;
    double q = th.noise * th.noise;
    double r0 = th.obsNoise * th.obsNoise;
    double s2 = th.obsFloor * th.obsFloor;
    for (int i = 0; i < tab.n; i++) {
      f.logLikEvents += dyn.month(tab, i, a, b, true, null);
      MonthTerms m = dyn.terms;
      double mu = kappa * (th.equilibrium + m.equilibriumShift());
      double g = m.cooperationFactor();
      double na = d * a + rho * b + mu + g * m.cooperativeJk() + m.hostileJk();
      double nb = rho * a + d * b + mu + g * m.cooperativeKj() + m.hostileKj();
      double n11 = d * d * p11 + 2 * d * rho * p12 + rho * rho * p22 + q;
      double n12 = d * rho * p11 + (d * d + rho * rho) * p12 + rho * d * p22;
      double n22 = rho * rho * p11 + 2 * rho * d * p12 + d * d * p22 + q;
      a = na;
      b = nb;
      p11 = n11;
      p12 = n12;
      p22 = n22;
      double w = tab.weight[i];
      if (record) {
        f.innovation[i] = w > 0 ? tab.headline[i] - 0.5 * (a + b) : Double.NaN;
        f.latentVariance[i] = 0.25 * (p11 + 2 * p12 + p22);
      }
      boolean directed = !Double.isNaN(tab.jpnToKor[i]) && !Double.isNaN(tab.korToJpn[i]);
      if (w > 0 && directed) {
        double r = r0 / w;
        double f11 = p11 + r + s2;
        double f12 = p12 + s2;
        double f22 = p22 + r + s2;
        double det = f11 * f22 - f12 * f12;
        double i11 = f22 / det;
        double i12 = -f12 / det;
        double i22 = f11 / det;
        double v1 = tab.jpnToKor[i] - a;
        double v2 = tab.korToJpn[i] - b;
        f.monthly[i] = -0.5 * (2 * LOG_2PI + Math.log(det) + v1 * (i11 * v1 + i12 * v2) + v2 * (i12 * v1 + i22 * v2));
        f.logLikIndex += f.monthly[i];
        double k11 = p11 * i11 + p12 * i12;
        double k12 = p11 * i12 + p12 * i22;
        double k21 = p12 * i11 + p22 * i12;
        double k22 = p12 * i12 + p22 * i22;
        a += k11 * v1 + k12 * v2;
        b += k21 * v1 + k22 * v2;
        double m11 = p11 - (k11 * p11 + k12 * p12);
        double m12 = p12 - (k11 * p12 + k12 * p22);
        double m22 = p22 - (k21 * p12 + k22 * p22);
        p11 = m11;
        p12 = m12;
        p22 = m22;
        f.observations += 2;
      } else if (w > 0 && !Double.isNaN(tab.headline[i])) {
        double r = r0 / w;
        double h1 = 0.5 * (p11 + p12);
        double h2 = 0.5 * (p12 + p22);
        double fv = 0.5 * (h1 + h2) + r + s2;
        double v = tab.headline[i] - 0.5 * (a + b);
        f.monthly[i] = -0.5 * (LOG_2PI + Math.log(fv) + v * v / fv);
        f.logLikIndex += f.monthly[i];
        double k1 = h1 / fv;
        double k2 = h2 / fv;
        a += k1 * v;
        b += k2 * v;
        p11 -= k1 * h1;
        p12 -= k1 * h2;
        p22 -= k2 * h2;
        f.observations++;
      }
      dyn.sentimentAfter(a, b, 0);
    }
    f.mJk = a;
    f.mKj = b;
    f.p11 = p11;
    f.p12 = p12;
    f.p22 = p22;
    f.dynamics = dyn;
    return f;
  }

  /**
   * Draws {@code samples} paths of the headline index over the months of {@code future}, from the filtered state
   * {@code f}; random North Korean tests and issue flares are drawn only when {@code randomEvents}. Each month of
   * each path draws the count-dependent part of its observation noise's variance, in units of {@code r²}, from
   * {@code noiseFactors} (uniformly; one value: that value) and adds the floor: variance {@code s² + r²·factor}. A
   * month whose event count is not known ahead has a scale mixture of normals as its observation law, not a normal
   * of the mixture's variance. The paths carry
   * the sources of uncertainty {@code on} switches on ({@link SpreadSources#ALL} for a forecast; its {@code parameters}
   * is the caller's matter); the random draws are the same whatever the switches, except the random events'.
   */
  static double[][] sample(Theta th, Filtered f, Table future, boolean randomEvents, int samples,
      SplittableRandom rng, SpreadSources on, double[] noiseFactors) {
    double kappa = th.reversion;
    double rho = f.dynamics.terms.crossLag();
    double d = 1 - kappa - rho;
    double stateOn = SpreadSources.factor(on.state());
    double l11 = Math.sqrt(Math.max(f.p11, 0));
    double l21 = l11 > 0 ? f.p12 / l11 : 0;
    double c11 = stateOn * l11;
    double c21 = stateOn * l21;
    double c22 = stateOn * Math.sqrt(Math.max(f.p22 - l21 * l21, 0));
    double sigma = th.noise * SpreadSources.factor(on.process());
    double[] obs = new double[noiseFactors.length];
    for (int j = 0; j < obs.length; j++) {
      obs[j] = Math.sqrt(th.obsFloor * th.obsFloor + th.obsNoise * th.obsNoise * noiseFactors[j])
          * SpreadSources.factor(on.observation());
    }
    double sentiment = SpreadSources.factor(on.sentiment());
    boolean events = randomEvents && on.events();
    double[][] out = new double[samples][future.n];
    for (int s = 0; s < samples; s++) {
      Dynamics dyn = f.dynamics.copy();
      double z1 = Draws.normal(rng);
      double z2 = Draws.normal(rng);
      double a = f.mJk + c11 * z1;
      double b = f.mKj + c21 * z1 + c22 * z2;
      for (int i = 0; i < future.n; i++) {
        dyn.month(future, i, a, b, false, events ? rng : null);
        MonthTerms m = dyn.terms;
        double mu = kappa * (th.equilibrium + m.equilibriumShift());
        double g = m.cooperationFactor();
        double na = d * a + rho * b + mu + g * m.cooperativeJk() + m.hostileJk() + sigma * Draws.normal(rng);
        double nb = rho * a + d * b + mu + g * m.cooperativeKj() + m.hostileKj() + sigma * Draws.normal(rng);
        a = na;
        b = nb;
        dyn.sentimentAfter(a, b, sentiment * Draws.normal(rng));
        double r = obs.length == 1 ? obs[0] : obs[rng.nextInt(obs.length)];
        out[s][i] = 0.5 * (a + b) + r * Draws.normal(rng);
      }
    }
    return out;
  }

  /**
   * Simulates one path of the model over the months of {@code tab} from both directions at {@code start}, with the
   * table's dated shocks and no random events: returns {JPN→KOR, KOR→JPN, headline} observations under the law of
   * a month of mean count: each direction with its own noise of sd r plus a floor common to both (sd s), the
   * headline with noise of variance s² + r² (a month observed as a headline only). The common part is drawn only
   * when s > 0, so that a series simulated at s = 0 is the one simulated before the floor existed.
   */
  static double[][] simulate(Theta th, Table tab, double start, SplittableRandom rng) {
    Dynamics dyn = new Dynamics(th);
    double[] ab = {start, start};
    double[][] out = new double[3][tab.n];
    for (int i = 0; i < tab.n; i++) {
      dyn.month(tab, i, ab[0], ab[1], false, null);
      transition(th, dyn, ab, rng);
      double a = ab[0];
      double b = ab[1];
      double common = th.obsFloor > 0 ? th.obsFloor * Draws.normal(rng) : 0;
      out[0][i] = a + common + th.obsNoise * Draws.normal(rng);
      out[1][i] = b + common + th.obsNoise * Draws.normal(rng);
      out[2][i] = 0.5 * (a + b) + Math.sqrt(th.obsFloor * th.obsFloor + th.obsNoise * th.obsNoise)
          * Draws.normal(rng);
    }
    return out;
  }

  /**
   * Simulates the model over the months of {@code tab} from the equilibrium, with the table's drivers and dated
   * shocks and no random events, and returns the table with simulated observations where {@code tab} has real ones:
   * both directions where both were observed, else the headline, each with the observation noise of the real
   * month's weight ({@code r/√w}) plus the floor (sd s, common to both directions; drawn only when s > 0);
   * unobserved months stay unobserved.
   */
  static Table simulateLike(Theta th, Table tab, SplittableRandom rng) {
    Dynamics dyn = new Dynamics(th);
    double[] ab = {th.equilibrium, th.equilibrium};
    double[] headline = new double[tab.n];
    double[] jk = new double[tab.n];
    double[] kj = new double[tab.n];
    for (int i = 0; i < tab.n; i++) {
      dyn.month(tab, i, ab[0], ab[1], false, null);
      transition(th, dyn, ab, rng);
      double a = ab[0];
      double b = ab[1];
      double r = tab.weight[i] > 0 ? th.obsNoise / Math.sqrt(tab.weight[i]) : 0;
      boolean directed = !Double.isNaN(tab.jpnToKor[i]) && !Double.isNaN(tab.korToJpn[i]);
      boolean seen = directed || !Double.isNaN(tab.headline[i]);
      double common = seen && th.obsFloor > 0 ? th.obsFloor * Draws.normal(rng) : 0;
      jk[i] = directed ? a + common + r * Draws.normal(rng) : Double.NaN;
      kj[i] = directed ? b + common + r * Draws.normal(rng) : Double.NaN;
      headline[i] = directed ? (jk[i] + kj[i]) / 2
          : Double.isNaN(tab.headline[i]) ? Double.NaN : (a + b) / 2 + common + r * Draws.normal(rng);
    }
    return tab.withObservations(headline, jk, kj);
  }

  /**
   * Advances both directions {@code ab} = {JPN→KOR, KOR→JPN} one month with the month's terms in {@code dyn} and two
   * draws of process noise (JPN→KOR first), then updates the sentiment without noise: the transition that
   * {@link #simulate} and {@link #simulateLike} share.
   */
  private static void transition(Theta th, Dynamics dyn, double[] ab, SplittableRandom rng) {
    double kappa = th.reversion;
    MonthTerms m = dyn.terms;
    double rho = m.crossLag();
    double d = 1 - kappa - rho;
    double a = ab[0];
    double b = ab[1];
    double mu = kappa * (th.equilibrium + m.equilibriumShift());
    double g = m.cooperationFactor();
    ab[0] = d * a + rho * b + mu + g * m.cooperativeJk() + m.hostileJk() + th.noise * Draws.normal(rng);
    ab[1] = rho * a + d * b + mu + g * m.cooperativeKj() + m.hostileKj() + th.noise * Draws.normal(rng);
    dyn.sentimentAfter(ab[0], ab[1], 0);
  }
}
