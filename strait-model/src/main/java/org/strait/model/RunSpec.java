package org.strait.model;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.strait.core.Require;

/**
 * Everything one simulation needs except the seed: when, how long, which mechanisms, what parameters, from what
 * state, and under which drivers, shocks and levers. A {@code Scenario} becomes one of these.
 *
 * @param start the first simulated month
 * @param horizonMonths how many months to simulate, 1–1200
 * @param parameters every parameter's value
 * @param enabled the mechanisms switched on
 * @param initial the state in the month before {@code start}
 * @param drivers the exogenous drivers
 * @param shocks the dated shocks
 * @param levers the policy levers pulled
 * @param emitEvents whether to emit synthetic CAMEO events
 */
public record RunSpec(
    YearMonth start,
    int horizonMonths,
    Parameters parameters,
    Set<MechanismId> enabled,
    InitialState initial,
    Drivers drivers,
    ShockSchedule shocks,
    List<Lever> levers,
    boolean emitEvents) {
  /** The longest horizon, 100 years. */
  public static final int MAX_HORIZON = 1200;

  /** Checks every component. */
  public RunSpec {
    Require.nonNull(start, "start month");
    Require.argument(horizonMonths >= 1 && horizonMonths <= MAX_HORIZON,
        "horizon must be 1..%s months, was %s", MAX_HORIZON, horizonMonths);
    Require.nonNull(parameters, "parameters");
    enabled = enabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabled));
    Require.nonNull(initial, "initial state");
    Require.nonNull(drivers, "drivers");
    Require.nonNull(shocks, "shocks");
    levers = List.copyOf(levers);
  }

  /** Returns the last simulated month. */
  public YearMonth end() {
    return start.plusMonths(horizonMonths - 1L);
  }

  /** Returns a copy with only the mechanisms in {@code switchedOn}. */
  public RunSpec withEnabled(Set<MechanismId> switchedOn) {
    return new RunSpec(start, horizonMonths, parameters, switchedOn, initial, drivers, shocks, levers, emitEvents);
  }

  /** Returns a copy with {@code next} parameters. */
  public RunSpec withParameters(Parameters next) {
    return new RunSpec(start, horizonMonths, next, enabled, initial, drivers, shocks, levers, emitEvents);
  }

  /** Returns a copy that does or does not emit synthetic events. */
  public RunSpec withEvents(boolean emit) {
    return new RunSpec(start, horizonMonths, parameters, enabled, initial, drivers, shocks, levers, emit);
  }
}
