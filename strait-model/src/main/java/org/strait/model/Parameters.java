package org.strait.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strait.core.Require;

/**
 * The values of all parameters of a run: the catalogue's defaults with some overridden. Immutable.
 *
 * <p>Every name must be in the catalogue and every value within its spec's range; both are checked here, so a typo
 * in a scenario or a fitter's stray value fails at once.
 */
public final class Parameters implements ParameterValues {
  private final Map<String, ParameterSpec> specs;
  private final Map<String, Double> values;

  private Parameters(Map<String, ParameterSpec> specs, Map<String, Double> values) {
    this.specs = specs;
    this.values = values;
  }

  /** Returns the defaults of {@code catalogue}. */
  public static Parameters defaults(List<ParameterSpec> catalogue) {
    Map<String, ParameterSpec> specs = new LinkedHashMap<>();
    Map<String, Double> values = new LinkedHashMap<>();
    for (ParameterSpec s : catalogue) {
      Require.argument(specs.put(s.name(), s) == null, "parameter %s is declared twice", s.name());
      values.put(s.name(), s.defaultValue());
    }
    return new Parameters(Collections.unmodifiableMap(specs), Collections.unmodifiableMap(values));
  }

  /**
   * Returns these parameters with {@code overrides} applied.
   *
   * @throws IllegalArgumentException listing every unknown name and every value out of range
   */
  public Parameters with(Map<String, Double> overrides) {
    List<String> problems = problems(overrides);
    Require.argument(problems.isEmpty(), "%s", String.join("; ", problems));
    Map<String, Double> next = new LinkedHashMap<>(values);
    next.putAll(overrides);
    return new Parameters(specs, Collections.unmodifiableMap(next));
  }

  /** Returns one message per unknown name or out-of-range value in {@code overrides}; empty when all are fine. */
  public List<String> problems(Map<String, Double> overrides) {
    List<String> problems = new ArrayList<>();
    overrides.forEach((name, value) -> {
      ParameterSpec s = specs.get(name);
      if (s == null) {
        problems.add("unknown parameter '" + name + "'");
      } else if (value == null || !s.admits(value)) {
        problems.add("parameter " + name + " = " + value + " is outside " + s.lower() + ".." + s.upper());
      }
    });
    return problems;
  }

  /** Returns the value of parameter {@code name}. */
  @Override
  public double get(String name) {
    Double v = values.get(name);
    Require.argument(v != null, "unknown parameter '%s'", name);
    return v;
  }

  /** Returns the spec of parameter {@code name}. */
  public ParameterSpec spec(String name) {
    ParameterSpec s = specs.get(name);
    Require.argument(s != null, "unknown parameter '%s'", name);
    return s;
  }

  /** Returns every spec, in catalogue order. */
  public List<ParameterSpec> specs() {
    return List.copyOf(specs.values());
  }

  /** Returns every value by name, in catalogue order. */
  public Map<String, Double> values() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Parameters p && p.values.equals(values) && p.specs.equals(specs);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Parameters" + values;
  }
}
