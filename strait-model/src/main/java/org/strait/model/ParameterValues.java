package org.strait.model;

/**
 * Parameter values by name, as a mechanism reads them when it is built: {@link Parameters} for a simulation, the
 * fit's current values for a likelihood evaluation (which skips the range checks of {@link Parameters#with}).
 */
@FunctionalInterface
public interface ParameterValues {
  /** Returns the value of parameter {@code name}; an unknown name is an error. */
  double get(String name);
}
