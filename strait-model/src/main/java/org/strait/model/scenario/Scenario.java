package org.strait.model.scenario;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.strait.core.Require;
import org.strait.model.Driver;
import org.strait.model.DriverPath;
import org.strait.model.Drivers;
import org.strait.model.InitialState;
import org.strait.model.Lever;
import org.strait.model.MechanismId;
import org.strait.model.Parameters;
import org.strait.model.PathDrivers;
import org.strait.model.RunSpec;
import org.strait.model.Shock;
import org.strait.model.ShockSchedule;
import org.strait.model.ensemble.Threshold;
import org.strait.model.mechanism.Mechanisms;

/**
 * A "what if": a stated path of drivers, shocks and policy levers from a start month, written from a seed's claim.
 * Every producer (scenario files, the CLI, the HTTP API) builds this record; {@link #toRunSpec} turns it into the
 * model's input.
 *
 * @param id short name, lower-case letters, digits and dashes
 * @param title one line on what happens
 * @param seeds the seed files it follows, e.g. {@code ["seed 001"]}
 * @param claim the claim it follows, e.g. "M7: a court ruling leads to retaliation in trade"
 * @param start the first simulated month
 * @param horizonMonths the number of months simulated
 * @param switches mechanisms switched on or off; a mechanism not named is on
 * @param parameters parameter overrides by name (see {@link Mechanisms#catalogue()})
 * @param initial the state in the month before the start
 * @param inaugurations governments taking office, before or during the run
 * @param shocks dated shocks
 * @param drivers driver paths; drivers without a path come from the base drivers
 * @param levers policy levers pulled
 * @param thresholds levels whose crossing the ensemble reports
 */
public record Scenario(
    String id,
    String title,
    List<String> seeds,
    String claim,
    YearMonth start,
    int horizonMonths,
    Map<MechanismId, Boolean> switches,
    Map<String, Double> parameters,
    InitialState initial,
    List<Inauguration> inaugurations,
    List<Shock> shocks,
    Map<Driver, DriverPath> drivers,
    List<Lever> levers,
    List<Threshold> thresholds) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** Checks every field, including parameter names and ranges against the catalogue. */
  public Scenario {
    Require.argument(id != null && ID.matcher(id).matches(), "scenario id must be lower-case letters, digits and "
        + "dashes, was '%s'", id);
    Require.argument(title != null && !title.isBlank(), "scenario %s needs a title", id);
    seeds = List.copyOf(seeds);
    Require.argument(claim != null && !claim.isBlank(), "scenario %s needs the claim it follows", id);
    Require.nonNull(start, "start");
    Require.argument(horizonMonths >= 1 && horizonMonths <= RunSpec.MAX_HORIZON,
        "horizon must be 1..%s months, was %s", RunSpec.MAX_HORIZON, horizonMonths);
    Map<MechanismId, Boolean> sw = new EnumMap<>(MechanismId.class);
    sw.putAll(switches);
    switches = Map.copyOf(sw);
    parameters = Map.copyOf(new LinkedHashMap<>(parameters));
    List<String> problems = Mechanisms.defaults().problems(parameters);
    Require.argument(problems.isEmpty(), "scenario %s: %s", id, String.join("; ", problems));
    Require.nonNull(initial, "initial state");
    inaugurations = List.copyOf(inaugurations);
    shocks = List.copyOf(shocks);
    Map<Driver, DriverPath> dr = new EnumMap<>(Driver.class);
    dr.putAll(drivers);
    drivers = Map.copyOf(dr);
    levers = List.copyOf(levers);
    thresholds = List.copyOf(thresholds);
  }

  /** Returns the mechanisms switched on. */
  public Set<MechanismId> enabled() {
    Set<MechanismId> on = EnumSet.allOf(MechanismId.class);
    switches.forEach((id, value) -> {
      if (!value) {
        on.remove(id);
      }
    });
    return on;
  }

  /**
   * Returns this scenario with more parameter overrides (they win over its own) under another id: one point of a
   * parameter grid.
   */
  public Scenario withParameters(String newId, Map<String, Double> overrides) {
    Map<String, Double> merged = new LinkedHashMap<>(parameters);
    merged.putAll(overrides);
    return new Scenario(newId, title, seeds, claim, start, horizonMonths, switches, merged, initial, inaugurations,
        shocks, drivers, levers, thresholds);
  }

  /** Returns the catalogue's defaults with this scenario's overrides. */
  public Parameters parameterValues() {
    return Mechanisms.defaults().with(parameters);
  }

  /**
   * Returns the model input of this scenario over real data.
   *
   * @param base drivers for every driver the scenario gives no path for (real data, or {@link Drivers#neutral()})
   * @param chronicle dated shocks from the chronicle, to which the scenario's own are added
   * @param emitEvents whether runs emit synthetic CAMEO events
   */
  public RunSpec toRunSpec(Drivers base, ShockSchedule chronicle, boolean emitEvents) {
    Drivers all = new PathDrivers(drivers, new GovernmentDrivers(inaugurations, base));
    return new RunSpec(start, horizonMonths, parameterValues(), enabled(), initial, all,
        chronicle.and(ShockSchedule.of(shocks)), levers, emitEvents);
  }

  /** Returns the model input of this scenario on neutral drivers and without the chronicle. */
  public RunSpec toRunSpec() {
    return toRunSpec(Drivers.neutral(), ShockSchedule.none(), false);
  }
}
