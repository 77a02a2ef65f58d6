package org.strait.fit;

import org.strait.core.Require;

/** A {@link Forecaster} whose name and conditionality are fixed when it is made. */
abstract class NamedForecaster implements Forecaster {
  /** The name reports show. */
  final String name;
  /** Whether the forecaster is told the forecast period's drivers and shocks. */
  final boolean conditional;

  NamedForecaster(String name, boolean conditional) {
    this.name = Require.nonNull(name, "forecaster name");
    this.conditional = conditional;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final boolean conditional() {
    return conditional;
  }
}
