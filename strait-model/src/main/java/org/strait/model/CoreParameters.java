package org.strait.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of the dynamics that every run has whatever mechanisms are on: reversion, noise, North Korean test
 * processes, issue flares and half-lives, public sentiment, synthetic events, and the effects of policy levers.
 *
 * <p>Rates and sizes marked "placeholder" are orders of magnitude for simulation only; the calibration (issue 6)
 * fits them from the record. Nothing here is a measurement.
 */
public final class CoreParameters {
  /** Equilibrium temperature before mechanism shifts, index points. */
  public static final String EQUILIBRIUM = "core.equilibrium";
  /** Share of the gap to equilibrium closed each month. */
  public static final String REVERSION = "core.reversion";
  /** Standard deviation of the monthly innovation of each direction, index points. */
  public static final String NOISE = "core.noise";
  /** Half-life of the North Korean threat state, months. */
  public static final String THREAT_HALF_LIFE = "threat.halfLife";
  /** Threat added by one nuclear test, z units. */
  public static final String NUCLEAR_WEIGHT = "threat.nuclearWeight";
  /** Threat added by one major missile launch, z units. */
  public static final String MISSILE_WEIGHT = "threat.missileWeight";
  /** Rate of North Korean nuclear tests, per month. */
  public static final String NUCLEAR_RATE = "threat.nuclearRate";
  /** Rate of major North Korean missile launches, per month. */
  public static final String MISSILE_RATE = "threat.missileRate";
  /** Fraction of the way to 1 that a spontaneous flare moves an issue. */
  public static final String FLARE_SIZE = "issues.flareSize";
  /** Equilibrium of latent Korean sentiment towards Japan. */
  public static final String SENTIMENT_EQUILIBRIUM = "sentiment.equilibrium";
  /** Monthly reversion of latent sentiment. */
  public static final String SENTIMENT_REVERSION = "sentiment.reversion";
  /** Pull of the relation temperature on sentiment, latent units per month per 10 index points. */
  public static final String SENTIMENT_FOLLOWS = "sentiment.followsRelation";
  /** Sentiment lost per new flare of a history dispute. */
  public static final String SENTIMENT_HISTORY_HIT = "sentiment.historyHit";
  /** Monthly noise of latent sentiment. */
  public static final String SENTIMENT_NOISE = "sentiment.noise";
  /** Synthetic events per direction and month. */
  public static final String EVENTS_PER_MONTH = "events.perMonth";
  /** Spread of synthetic events' Goldstein targets around the temperature, index points. */
  public static final String EVENTS_SPREAD = "events.spread";

  private CoreParameters() {}

  /** Returns the name of issue {@code i}'s spontaneous flare rate, per month. */
  public static String flareRate(Issue i) {
    return "issues." + i.key() + ".rate";
  }

  /** Returns the name of issue {@code i}'s half-life, months. */
  public static String halfLife(Issue i) {
    return "issues." + i.key() + ".halfLife";
  }

  /**
   * Returns the monthly decay factor of a state with half-life {@code halfLifeMonths}: the threat's and the issues'
   * half-lives enter the simulation and the fit as this factor.
   */
  public static double decay(double halfLifeMonths) {
    return Math.pow(0.5, 1.0 / halfLifeMonths);
  }

  /** Returns the name of effect {@code effect} of lever {@code kind}. */
  public static String lever(LeverKind kind, String effect) {
    return "lever." + kind.key() + "." + effect;
  }

  /** Returns the specs of all core parameters. */
  public static List<ParameterSpec> specs() {
    List<ParameterSpec> s = new ArrayList<>();
    s.add(ParameterSpec.normal(EQUILIBRIUM, "index points", -10, 10, 1.0, 2.0,
        "level the temperature reverts to when every mechanism term is zero"));
    s.add(ParameterSpec.normal(REVERSION, "1/month", 0.005, 1, 0.1, 0.05,
        "share of the gap to equilibrium closed each month (half-life ln2/reversion months)"));
    s.add(ParameterSpec.normal(NOISE, "index points/month", 0, 5, 0.5, 0.3,
        "standard deviation of each direction's monthly innovation"));
    s.add(ParameterSpec.normal(THREAT_HALF_LIFE, "months", 0.5, 60, 3, 2,
        "half-life of the threat a test adds"));
    s.add(ParameterSpec.normal(NUCLEAR_WEIGHT, "z per test", 0, 10, 2, 1, "threat added by one nuclear test"));
    s.add(ParameterSpec.normal(MISSILE_WEIGHT, "z per launch", 0, 5, 0.3, 0.2,
        "threat added by one major missile launch"));
    s.add(ParameterSpec.uniform(NUCLEAR_RATE, "tests/month", 0, 1, 0.03,
        "placeholder rate of nuclear tests (six tests in 2006-2017 is of this order); fitted from the chronicle"));
    s.add(ParameterSpec.uniform(MISSILE_RATE, "launches/month", 0, 10, 1.0,
        "placeholder rate of major missile launches; fitted from the chronicle"));
    s.add(ParameterSpec.uniform(FLARE_SIZE, "fraction", 0, 1, 0.6,
        "fraction of the way to 1 that a spontaneous flare moves an issue"));
    for (Issue i : Issue.values()) {
      s.add(ParameterSpec.uniform(flareRate(i), "flares/month", 0, 1, 0.02,
          "placeholder spontaneous flare rate of " + i.key() + "; fitted from the chronicle"));
      s.add(ParameterSpec.normal(halfLife(i), "months", 0.5, 120, 6, 4,
          "half-life of an inflamed " + i.key() + " dispute"));
    }
    s.add(ParameterSpec.normal(SENTIMENT_EQUILIBRIUM, "latent", -3, 3, -0.2, 0.5,
        "latent level Korean sentiment towards Japan reverts to (below 0 = hostile; seeds 000, 001 report hostility)"));
    s.add(ParameterSpec.normal(SENTIMENT_REVERSION, "1/month", 0, 1, 0.05, 0.03, "monthly reversion of sentiment"));
    s.add(ParameterSpec.normal(SENTIMENT_FOLLOWS, "latent/month per 10 index points", 0, 1, 0.05, 0.05,
        "how much a warm relation warms the public"));
    s.add(ParameterSpec.normal(SENTIMENT_HISTORY_HIT, "latent per flare", 0, 2, 0.2, 0.1,
        "sentiment lost when a history dispute flares"));
    s.add(ParameterSpec.normal(SENTIMENT_NOISE, "latent/month", 0, 1, 0.05, 0.03, "monthly noise of sentiment"));
    s.add(ParameterSpec.uniform(EVENTS_PER_MONTH, "events/month", 0, 1000, 30,
        "synthetic events per direction and month (tens a month, MODEL.md)"));
    s.add(ParameterSpec.uniform(EVENTS_SPREAD, "index points", 0, 10, 3,
        "spread of synthetic events' Goldstein scores around the temperature"));
    levers(s);
    return List.copyOf(s);
  }

  private static void levers(List<ParameterSpec> s) {
    s.add(settlement(LeverKind.COMPENSATION_OF_VICTIMS, 0.5, "the comfort-women and wartime-labour disputes"));
    s.add(ParameterSpec.normal(lever(LeverKind.COMPENSATION_OF_VICTIMS, "sentiment"), "latent", -1, 1, 0, 0.2,
        "sentiment change; sign open (seed 000: nearly 60% opposed the 2023 plan; seed 001 recommends redress)"));
    s.add(push(LeverKind.LEADER_VISIT_SEOUL, 1.0, 0.5, "the visit"));
    s.add(ParameterSpec.normal(lever(LeverKind.LEADER_VISIT_SEOUL, "sentiment"), "latent", -1, 1, 0.05, 0.05,
        "sentiment change after the visit"));
    s.add(ParameterSpec.normal(lever(LeverKind.TRILATERAL_SUMMIT, "engagement"), "z", 0, 3, 1.0, 0.5,
        "rise of US engagement (M4's driver) after the summit"));
    s.add(ParameterSpec.uniform(lever(LeverKind.TRILATERAL_SUMMIT, "months"), "months", 1, 24, 6,
        "months the rise of US engagement lasts"));
    s.add(push(LeverKind.TRILATERAL_SUMMIT, 0.5, 0.5, "the summit itself"));
    s.add(ParameterSpec.normal(lever(LeverKind.QUAD_INVITATION, "push"), "index points", -5, 5, 0, 1,
        "push of Korea's invitation; free sign (seed 001: recommended; seed 000: Japan opposed it)"));
    s.add(ParameterSpec.uniform(lever(LeverKind.SIX_PARTY_TALKS, "testRateFactor"), "factor", 0, 1, 0.5,
        "factor on North Korean test rates while talks run"));
    s.add(push(LeverKind.SIX_PARTY_TALKS, 0.3, 0.3, "the resumption"));
    s.add(settlement(LeverKind.EXPORT_CONTROL_REMOVAL, 1.0, "the export-control dispute"));
    s.add(push(LeverKind.EXPORT_CONTROL_REMOVAL, 0.5, 0.5, "the removal"));
    s.add(settlement(LeverKind.GSOMIA_RESTORED, 1.0, "the GSOMIA dispute"));
    s.add(push(LeverKind.GSOMIA_RESTORED, 0.5, 0.5, "the restoration"));
  }

  /**
   * Returns the spec of a lever's cooperative push on the relation, the effect every lever but the Quad invitation
   * has in the same unit, range and prior family: index points, 0..5, normal; {@code what} names the act.
   */
  private static ParameterSpec push(LeverKind kind, double mean, double sd, String what) {
    return ParameterSpec.normal(lever(kind, "push"), "index points", 0, 5, mean, sd, "cooperative push of " + what);
  }

  /** Returns the spec of the share of {@code what} (the lever's disputes) that a lever settles: a fraction, uniform. */
  private static ParameterSpec settlement(LeverKind kind, double value, String what) {
    return ParameterSpec.uniform(lever(kind, "settlement"), "fraction", 0, 1, value, "share of " + what + " settled");
  }
}
