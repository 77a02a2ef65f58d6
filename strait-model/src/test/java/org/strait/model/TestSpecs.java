package org.strait.model;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strait.model.mechanism.Mechanisms;

/** Run specifications for tests: a quiet world (no noise, no random events) that stays at 0 unless pushed. */
public final class TestSpecs {
  /** The first month of every test run. */
  public static final YearMonth START = YearMonth.of(2023, 4);

  private TestSpecs() {}

  /** Returns overrides that silence noise and random events and put the equilibrium at 0. */
  public static Map<String, Double> quiet() {
    Map<String, Double> q = new HashMap<>();
    q.put(CoreParameters.EQUILIBRIUM, 0.0);
    q.put(CoreParameters.NOISE, 0.0);
    q.put(CoreParameters.NUCLEAR_RATE, 0.0);
    q.put(CoreParameters.MISSILE_RATE, 0.0);
    q.put(CoreParameters.SENTIMENT_NOISE, 0.0);
    q.put(CoreParameters.SENTIMENT_FOLLOWS, 0.0);
    q.put(CoreParameters.SENTIMENT_REVERSION, 0.0);
    for (Issue i : Issue.values()) {
      q.put(CoreParameters.flareRate(i), 0.0);
    }
    return q;
  }

  /** Returns quiet parameters with {@code more} overrides on top. */
  public static Parameters quietWith(Map<String, Double> more) {
    Map<String, Double> all = quiet();
    all.putAll(more);
    return Mechanisms.defaults().with(all);
  }

  /** Returns a quiet spec of {@code months} months with only {@code on} switched on. */
  public static RunSpec quiet(int months, Set<MechanismId> on, Drivers drivers, List<Shock> shocks,
      Map<String, Double> more) {
    return new RunSpec(START, months, quietWith(more), on.isEmpty() ? EnumSet.noneOf(MechanismId.class) : on,
        InitialState.calm(0.0), drivers, ShockSchedule.of(shocks), List.of(), false);
  }

  /** Returns the month {@code t} months after the start. */
  public static YearMonth month(int t) {
    return START.plusMonths(t);
  }

  /** Returns drivers at neutral except {@code driver}, held at {@code value} in every month. */
  public static Drivers constant(Driver driver, double value) {
    return (d, m) -> d == driver ? value : d.neutral();
  }

  /** Runs {@code spec} once with its mechanisms. */
  public static RunResult run(RunSpec spec, long seed) {
    return Mechanisms.simulation(spec).run(seed);
  }
}
