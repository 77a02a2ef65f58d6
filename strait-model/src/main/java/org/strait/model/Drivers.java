package org.strait.model;

import java.time.YearMonth;

/**
 * The exogenous inputs of the model, one value per driver and month.
 *
 * <p>The model reads drivers only through this interface, so that it runs the same on real data (an adapter over
 * the indices and the knowledge base), on scenario paths ({@link PathDrivers}) and in tests. Implementations must be
 * pure: the same driver and month always give the same finite value.
 */
@FunctionalInterface
public interface Drivers {
  /** Returns the value of {@code driver} in {@code month}, in the driver's unit. */
  double value(Driver driver, YearMonth month);

  /** Returns drivers that are at their neutral value in every month. */
  static Drivers neutral() {
    return (driver, month) -> driver.neutral();
  }
}
