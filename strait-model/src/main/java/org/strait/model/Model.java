package org.strait.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.strait.core.Event;
import org.strait.core.Require;
import org.strait.core.numeric.Draws;
import org.strait.core.numeric.Tanh;

/*
 * The monthly state-space dynamics (MODEL.md, "Structure").
 *
 * State: latent directed temperatures x_JK (Japan towards Korea) and x_KJ, latent Korean sentiment y, North Korean
 * threat θ ≥ 0 and issue states a_i ∈ [0, 1]. Observable scales: the relation temperature is
 * τ = 10·tanh(x/10) ∈ (-10, 10), the scale of a Goldstein mean (Goldstein 1992), averaged over both directions;
 * sentiment is S = tanh(y) ∈ (-1, 1). Near the middle of the scale τ ≈ x, so pushes are index points there.
 *
 * Each month t, in this order:
 *   1. decay:     θ ← θ·2^(-1/h_θ);  a_i ← a_i·2^(-1/h_i)
 *   2. scheduled shocks of the month (chronicle, scenario, levers): flares a ← a + m(1 - a), settlements
 *      a ← a(1 - m), tests θ ← θ + w·m, direct relation and sentiment pushes
 *   3. mechanisms' hazards h_i (M7)
 *   4. random events: nuclear tests ~ Poisson(λ_n·f_t), missile launches ~ Poisson(λ_m·f_t) (f_t from six-party
 *      talks), θ ← θ + w_n·N_n + w_m·N_m; issue i flares with probability 1 - exp(-(λ_i + h_i)), a ← a + s(1 - a)
 *   5. mechanisms' pushes (MonthTerms): cooperative part C, hostile part H, equilibrium shift Δμ,
 *      cooperation factor g ∈ [0, 1] (M4, M9), cross-lag c (M11)
 *   6. x ← x + κ(μ0 + Δμ - x) + g·C + H + c·(x_other - x) + σ·ε,  ε ~ N(0, 1), independently per direction
 *   7. y ← y + κ_S(ȳ - y) + λ_S·τ/10 - δ_S·(history flares this month) + σ_S·η
 *
 * The random draws per month are always the same in number and order (2 uniforms for tests, 1 per issue, 3
 * normals), whatever mechanisms are on, so that runs with and without a mechanism share their random numbers
 * (common random numbers) and their difference is the mechanism's effect alone. Synthetic events draw from a
 * separate stream split off at setup.
 *
 * References: J. S. Goldstein, "A Conflict-Cooperation Scale for WEIS Events Data", J. Conflict Resolution 36
 * (1992); the mechanisms' classes cite the seeds.
 */

/**
 * One simulation run in progress: it owns the mutable state, the schedule of the month and the random stream.
 *
 * <p>Lifecycle: obtained from {@link Simulation#model(long)} (setup) → {@link #step()} until {@link #done()} →
 * {@link #finish()}, which returns the immutable {@link RunResult}. Not thread-safe; one model per thread.
 */
public final class Model {
  /** The bound of the temperature scale: temperatures lie strictly within -SCALE..+SCALE. */
  public static final double SCALE = 10.0;

  private final Plan plan;
  private final long seed;
  private final SplittableRandom rng;
  private final EventSynthesizer events;
  private final MonthTerms terms;
  private double xJk;
  private double xKj;
  private double y;
  private double threat;
  private final double[] issues = new double[Issue.COUNT];
  private int t;
  private double current;
  private final double[] outTemperature;
  private final double[] outJk;
  private final double[] outKj;
  private final double[] outSentiment;
  private final double[] outThreat;
  private final double[][] outIssues;
  private final int[] outTests;
  private final int[] outFlares;
  private final List<Event> outEvents;
  private final boolean record;
  private static final Issue[] ISSUES = Issue.values();

  Model(Plan plan, long seed) {
    this(plan, seed, true);
  }

  /** Creates a model; without {@code record} it keeps no paths (for ensembles) and cannot {@link #finish()}. */
  Model(Plan plan, long seed, boolean record) {
    this.record = record;
    this.plan = plan;
    this.seed = seed;
    this.rng = new SplittableRandom(seed);
    SplittableRandom eventStream = rng.split();
    this.events = plan.spec.emitEvents() ? new EventSynthesizer(plan, eventStream) : null;
    this.terms = new MonthTerms(plan.table, plan.reversion, plan.threatBaseline);
    InitialState init = plan.spec.initial();
    xJk = latent(init.temperature());
    xKj = xJk;
    y = atanh(init.sentiment());
    threat = init.threat();
    current = init.temperature();
    System.arraycopy(plan.initialIssues, 0, issues, 0, Issue.COUNT);
    int h = record ? plan.horizon : 0;
    outTemperature = new double[h];
    outJk = new double[h];
    outKj = new double[h];
    outSentiment = new double[h];
    outThreat = new double[h];
    outIssues = new double[record ? Issue.COUNT : 0][h];
    outTests = new int[h];
    outFlares = new int[h];
    outEvents = events == null || !record ? List.of() : new ArrayList<>();
  }

  /** Tells whether every month of the horizon has been simulated. */
  public boolean done() {
    return t >= plan.horizon;
  }

  /** Returns the number of months simulated so far. */
  public int monthsDone() {
    return t;
  }

  /** Returns the current relation temperature (after the last step, or the initial one), within -10..+10. */
  public double temperature() {
    return current;
  }

  /** Simulates one month. */
  public void step() {
    if (done()) {
      throw new IllegalStateException("the run is finished after " + plan.horizon + " months");
    }
    Plan p = plan;
    terms.begin(t, p.years[t], p.drivers[t], p.baselines[t], xJk, xKj, Tanh.of(y), issues);
    threat *= p.threatProcess.decay();
    for (int i = 0; i < Issue.COUNT; i++) {
      issues[i] *= p.issueDecay[i];
    }
    int tests = 0;
    int flares = 0;
    int historyFlares = 0;
    for (Shock s : p.shocks[t]) {
      switch (s.kind()) {
        case ISSUE_FLARE -> {
          int i = s.issue().ordinal();
          issues[i] += s.magnitude() * (1 - issues[i]);
          flares++;
          historyFlares += s.issue().history() ? 1 : 0;
        }
        case ISSUE_SETTLEMENT -> issues[s.issue().ordinal()] *= 1 - s.magnitude();
        case NUCLEAR_TEST -> {
          threat += p.threatProcess.nuclearWeight() * s.magnitude();
          tests += (int) Math.round(s.magnitude());
        }
        case MISSILE_TEST -> threat += p.threatProcess.missileWeight() * s.magnitude();
        case RELATION_PUSH -> terms.step().push(s.magnitude());
        case SENTIMENT_PUSH -> y += s.magnitude();
        default -> throw new IllegalStateException("unhandled shock " + s.kind());
      }
    }
    terms.hazards(threat);
    double f = p.testRateFactor[t];
    ThreatProcess tp = p.threatProcess;
    int nuclear = Draws.poisson(tp.nuclearRate() * f, p.noNuclear[t], rng.nextDouble());
    int missiles = Draws.poisson(tp.missileRate() * f, p.noMissile[t], rng.nextDouble());
    threat += tp.nuclearWeight() * nuclear + tp.missileWeight() * missiles;
    tests += nuclear;
    for (int i = 0; i < Issue.COUNT; i++) {
      double u = rng.nextDouble();
      double extra = terms.hazard(i);
      if (extra == 0 ? u < p.flareProbability[i] : flares(u, p.flareRate[i] + extra)) {
        issues[i] += p.flareSize * (1 - issues[i]);
        flares++;
        historyFlares += ISSUES[i].history() ? 1 : 0;
      }
    }
    terms.push(threat);
    double mu = p.equilibrium + terms.equilibriumShift();
    double g = terms.cooperationFactor();
    double lag = terms.crossLag();
    double gap = xKj - xJk;
    double e1 = Draws.normal(rng);
    double e2 = Draws.normal(rng);
    double e3 = Draws.normal(rng);
    xJk += p.reversion * (mu - xJk) + g * terms.cooperativeJk() + terms.hostileJk() + lag * gap + p.noise * e1;
    xKj += p.reversion * (mu - xKj) + g * terms.cooperativeKj() + terms.hostileKj() + -lag * gap + p.noise * e2;
    double jk = observed(xJk);
    double kj = observed(xKj);
    double tau = (jk + kj) / 2;
    y = p.sentimentDynamics.next(y, tau, historyFlares, e3);
    current = tau;
    if (record) {
      outTemperature[t] = tau;
      outJk[t] = jk;
      outKj[t] = kj;
      outSentiment[t] = Tanh.of(y);
      outThreat[t] = threat;
      for (int i = 0; i < Issue.COUNT; i++) {
        outIssues[i][t] = issues[i];
      }
      outTests[t] = tests;
      outFlares[t] = flares;
      if (events != null) {
        events.emit(t, jk, kj, outEvents);
      }
    }
    t++;
  }

  /** Runs the remaining months and returns the result. */
  public RunResult run() {
    while (!done()) {
      step();
    }
    return finish();
  }

  /** Returns the immutable result of the finished run. */
  public RunResult finish() {
    Require.state(done(), "finish() before the last month: %s of %s done", t, plan.horizon);
    Require.state(record, "this model keeps no paths; use Simulation.model(seed) to get a result");
    return new RunResult(plan.spec.start(), seed, outTemperature, outJk, outKj, outSentiment, outThreat, outIssues,
        outTests, outFlares, outEvents);
  }

  /**
   * Tells whether uniform {@code u} falls below the flare probability {@code 1 - e^-rate}, i.e. below
   * {@code -expm1(-rate)}, with the answer of that comparison exactly. For {@code rate ≤ 1} the probability lies
   * between the Taylor bounds {@code r - r²/2 + r³/6 - r⁴/24} and {@code r - r²/2 + r³/6} (Lagrange's remainder of
   * {@code e^-r} has the sign of the next term), computed to within 1e-15: a {@code u} more than 1e-9 outside them is
   * decided without an exponential. Closer calls take {@code 1 - exp(-rate)}, which differs from
   * {@code -expm1(-rate)} by a few units in the last place (both are within an ulp of the true value), so where
   * {@code u} is further than 1e-12 from it the cheaper {@link Math#exp} decides, and only closer calls compute
   * {@link Math#expm1}.
   */
  static boolean flares(double u, double rate) {
    if (rate <= 1) {
      double upper = rate * (1 - rate * (0.5 - rate / 6));
      if (u > upper + 1e-9) {
        return false;
      }
      double r2 = rate * rate;
      if (u < upper - r2 * r2 / 24 - 1e-9) {
        return true;
      }
    }
    double approx = 1 - Math.exp(-rate);
    return Math.abs(u - approx) > 1e-12 ? u < approx : u < -Math.expm1(-rate);
  }

  /** Returns the latent value whose observed temperature is {@code temperature}. */
  static double latent(double temperature) {
    return SCALE * atanh(temperature / SCALE);
  }

  /**
   * Returns the observed temperature of latent value {@code x}, strictly within the scale, by {@link Tanh} (within
   * 4e-16 of {@code Math.tanh}, without its native call; the fit keeps {@code Math.tanh}).
   */
  static double observed(double x) {
    return SCALE * Tanh.of(x / SCALE);
  }

  private static double atanh(double v) {
    return 0.5 * Math.log((1 + v) / (1 - v));
  }
}
