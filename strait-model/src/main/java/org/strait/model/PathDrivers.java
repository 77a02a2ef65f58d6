package org.strait.model;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.strait.core.Require;

/**
 * Drivers given by scenario paths, over a base that supplies every driver without a path.
 *
 * <p>The base is {@link Drivers#neutral()} for pure scenarios, or real data once the lead wires it; a path always
 * wins over the base for its driver.
 */
public final class PathDrivers implements Drivers {
  private final Map<Driver, DriverPath> paths;
  private final Drivers base;

  /** Creates drivers from {@code paths} over {@code base}. */
  public PathDrivers(Map<Driver, DriverPath> paths, Drivers base) {
    this.paths = new EnumMap<>(Driver.class);
    this.paths.putAll(Require.nonNull(paths, "driver paths"));
    this.base = Require.nonNull(base, "base drivers");
  }

  @Override
  public double value(Driver driver, YearMonth month) {
    DriverPath path = paths.get(driver);
    return path == null ? base.value(driver, month) : path.valueAt(month);
  }
}
