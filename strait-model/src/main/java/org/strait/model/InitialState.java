package org.strait.model;

import java.util.EnumMap;
import java.util.Map;
import org.strait.core.Require;

/**
 * The state a run starts from, as it stood in the month before the first simulated month.
 *
 * @param temperature the JPN–KOR relation temperature, on the index scale, strictly within -10..+10
 * @param sentiment Korean public sentiment towards Japan, strictly within -1..+1
 * @param threat the North Korean threat state, z units, non-negative
 * @param issues the state of each issue, 0..1; issues not named are dormant
 */
public record InitialState(double temperature, double sentiment, double threat, Map<Issue, Double> issues) {
  /** Checks every value against its scale. */
  public InitialState {
    Require.argument(temperature > -Model.SCALE && temperature < Model.SCALE,
        "initial temperature must be strictly within -10..10, was %s", temperature);
    Require.argument(sentiment > -1 && sentiment < 1, "initial sentiment must be strictly within -1..1, was %s",
        sentiment);
    Require.argument(threat >= 0 && Double.isFinite(threat), "initial threat must be non-negative, was %s", threat);
    Map<Issue, Double> copy = new EnumMap<>(Issue.class);
    Require.nonNull(issues, "initial issues").forEach((issue, value) -> {
      Require.argument(value != null && value >= 0 && value <= 1, "initial %s must be within 0..1, was %s",
          issue.key(), value);
      copy.put(issue, value);
    });
    issues = Map.copyOf(copy);
  }

  /** Returns a state at {@code temperature} with neutral sentiment, no threat and dormant issues. */
  public static InitialState calm(double temperature) {
    return new InitialState(temperature, 0, 0, Map.of());
  }
}
