package org.strait.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A run specification compiled once for many replicates: drivers tabulated per month (with lever effects folded
 * in) with their baselines and the month's decimal year, shocks per month (levers turned into shocks), parameter
 * values as fields, and the mechanisms switched on with the state-free ones' terms per month ({@link MonthTable}).
 * Immutable after construction and shared by every thread.
 */
final class Plan {
  final RunSpec spec;
  final int horizon;
  final int startYear;
  final int startMonth0;
  final double[][] drivers;
  /** Each month's driver baselines before the month ({@link DriverBaseline}): the same in every run. */
  final double[][] baselines;
  /** Each month as a decimal year. */
  final double[] years;
  final MonthTable table;
  final double threatBaseline;
  final double[] initialIssues = new double[Issue.COUNT];
  final Shock[][] shocks;
  final double[] testRateFactor;
  final Mechanism[] mechanisms;
  final double equilibrium;
  final double reversion;
  final double noise;
  final ThreatProcess threatProcess;
  final double flareSize;
  final double[] issueDecay = new double[Issue.COUNT];
  final double[] flareRate = new double[Issue.COUNT];
  final double[] flareProbability = new double[Issue.COUNT];
  final double[] noNuclear;
  final double[] noMissile;
  final SentimentDynamics sentimentDynamics;
  final double eventsPerMonth;
  final double eventsSpread;

  Plan(RunSpec spec, List<Mechanism> all) {
    this.spec = spec;
    Parameters p = spec.parameters();
    horizon = spec.horizonMonths();
    startYear = spec.start().getYear();
    startMonth0 = spec.start().getMonthValue() - 1;
    List<Mechanism> on = new ArrayList<>();
    for (Mechanism m : all) {
      if (spec.enabled().contains(m.id())) {
        on.add(m);
      }
    }
    on.sort((a, b) -> a.id().compareTo(b.id()));
    mechanisms = on.toArray(new Mechanism[0]);
    equilibrium = p.get(CoreParameters.EQUILIBRIUM);
    reversion = p.get(CoreParameters.REVERSION);
    noise = p.get(CoreParameters.NOISE);
    threatProcess = ThreatProcess.of(p::get);
    flareSize = p.get(CoreParameters.FLARE_SIZE);
    for (Issue i : Issue.values()) {
      issueDecay[i.ordinal()] = CoreParameters.decay(p.get(CoreParameters.halfLife(i)));
      flareRate[i.ordinal()] = p.get(CoreParameters.flareRate(i));
      flareProbability[i.ordinal()] = -Math.expm1(-flareRate[i.ordinal()]);
    }
    sentimentDynamics = SentimentDynamics.of(p::get);
    eventsPerMonth = p.get(CoreParameters.EVENTS_PER_MONTH);
    eventsSpread = p.get(CoreParameters.EVENTS_SPREAD);

    drivers = new double[horizon][Driver.values().length];
    testRateFactor = new double[horizon];
    java.util.Arrays.fill(testRateFactor, 1.0);
    List<List<Shock>> byMonth = new ArrayList<>();
    for (int t = 0; t < horizon; t++) {
      YearMonth m = spec.start().plusMonths(t);
      for (Driver d : Driver.values()) {
        double v = spec.drivers().value(d, m);
        org.strait.core.Require.finite(v, "driver " + d.key() + " in " + m);
        drivers[t][d.ordinal()] = v;
      }
      byMonth.add(new ArrayList<>(spec.shocks().in(m)));
    }
    for (Lever lever : spec.levers()) {
      applyLever(lever, p, byMonth);
    }
    noNuclear = new double[horizon];
    noMissile = new double[horizon];
    for (int t = 0; t < horizon; t++) {
      noNuclear[t] = Math.exp(-threatProcess.nuclearRate() * testRateFactor[t]);
      noMissile[t] = Math.exp(-threatProcess.missileRate() * testRateFactor[t]);
    }
    shocks = new Shock[horizon][];
    for (int t = 0; t < horizon; t++) {
      shocks[t] = byMonth.get(t).toArray(new Shock[0]);
    }
    baselines = new double[horizon][];
    years = new double[horizon];
    double[] baseline = DriverBaseline.start();
    for (int t = 0; t < horizon; t++) {
      baselines[t] = baseline.clone();
      DriverBaseline.update(baseline, drivers[t]);
      years[t] = startYear + (startMonth0 + t) / 12.0;
    }
    threatBaseline = threatProcess.baseline();
    table = MonthTable.of(mechanisms, reversion, threatBaseline, spec.start(), years, drivers, baselines);
    spec.initial().issues().forEach((issue, value) -> initialIssues[issue.ordinal()] = value);
  }

  private void applyLever(Lever lever, Parameters p, List<List<Shock>> byMonth) {
    int t = (int) Months.between(spec.start(), lever.month());
    if (t < 0 || t >= horizon) {
      return;
    }
    YearMonth m = lever.month();
    double s = lever.strength();
    List<Shock> out = byMonth.get(t);
    LeverKind k = lever.kind();
    switch (k) {
      case COMPENSATION_OF_VICTIMS -> {
        double settled = Math.min(1, s * p.get(CoreParameters.lever(k, "settlement")));
        out.add(new Shock(m, ShockKind.ISSUE_SETTLEMENT, Issue.COMFORT_WOMEN, settled));
        out.add(new Shock(m, ShockKind.ISSUE_SETTLEMENT, Issue.WARTIME_LABOUR, settled));
        out.add(new Shock(m, ShockKind.SENTIMENT_PUSH, null, s * p.get(CoreParameters.lever(k, "sentiment"))));
      }
      case LEADER_VISIT_SEOUL -> {
        out.add(new Shock(m, ShockKind.RELATION_PUSH, null, s * p.get(CoreParameters.lever(k, "push"))));
        out.add(new Shock(m, ShockKind.SENTIMENT_PUSH, null, s * p.get(CoreParameters.lever(k, "sentiment"))));
      }
      case TRILATERAL_SUMMIT -> {
        out.add(new Shock(m, ShockKind.RELATION_PUSH, null, s * p.get(CoreParameters.lever(k, "push"))));
        int months = (int) Math.round(p.get(CoreParameters.lever(k, "months")));
        double rise = s * p.get(CoreParameters.lever(k, "engagement"));
        for (int u = t; u < Math.min(horizon, t + months); u++) {
          drivers[u][Driver.US_ENGAGEMENT.ordinal()] += rise;
        }
      }
      case QUAD_INVITATION ->
          out.add(new Shock(m, ShockKind.RELATION_PUSH, null, s * p.get(CoreParameters.lever(k, "push"))));
      case SIX_PARTY_TALKS -> {
        out.add(new Shock(m, ShockKind.RELATION_PUSH, null, s * p.get(CoreParameters.lever(k, "push"))));
        double factor = Math.max(0, 1 - s * (1 - p.get(CoreParameters.lever(k, "testRateFactor"))));
        for (int u = t; u < horizon; u++) {
          testRateFactor[u] *= factor;
        }
      }
      case EXPORT_CONTROL_REMOVAL, GSOMIA_RESTORED -> {
        Issue issue = k == LeverKind.GSOMIA_RESTORED ? Issue.GSOMIA : Issue.EXPORT_CONTROLS;
        double settled = Math.min(1, s * p.get(CoreParameters.lever(k, "settlement")));
        out.add(new Shock(m, ShockKind.ISSUE_SETTLEMENT, issue, settled));
        out.add(new Shock(m, ShockKind.RELATION_PUSH, null, s * p.get(CoreParameters.lever(k, "push"))));
      }
      default -> throw new IllegalStateException("unhandled lever " + k);
    }
  }
}
