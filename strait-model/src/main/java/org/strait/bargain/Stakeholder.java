package org.strait.bargain;

import java.util.List;
import org.strait.core.Require;

/**
 * One actor in a dispute: its capability (KTAB's "influence", Bueno de Mesquita's "capability" or "clout"), and for
 * every dimension of the dispute its position and salience.
 *
 * <p>Positions lie on 0–100. Saliences lie on 0–100 and, as in KTAB, add up to at most 100 over the dimensions. An
 * actor whose saliences are all zero does not care about the dispute: the models keep it out of the bargaining
 * (it neither votes, challenges nor is challenged) and report its position unchanged.
 *
 * @param name short unique name, e.g. {@code "KOR-GOV"}
 * @param description free text
 * @param capability positive capability
 * @param positions position on each dimension, 0–100
 * @param saliences salience of each dimension, 0–100, summing to at most 100
 */
public record Stakeholder(
    String name, String description, double capability, List<Double> positions, List<Double> saliences) {

  /** Validates the values and copies the lists. */
  public Stakeholder {
    Require.argument(name != null && !name.isBlank(), "stakeholder name must not be blank");
    description = description == null ? "" : description;
    Require.argument(Double.isFinite(capability) && capability > 0,
        "stakeholder %s: capability must be positive and finite, was %s", name, capability);
    positions = List.copyOf(Require.nonNull(positions, "positions of " + name));
    saliences = List.copyOf(Require.nonNull(saliences, "saliences of " + name));
    Require.argument(!positions.isEmpty() && positions.size() == saliences.size(),
        "stakeholder %s: needs one position and one salience per dimension, has %s and %s",
        name, positions.size(), saliences.size());
    double total = 0;
    for (int k = 0; k < positions.size(); k++) {
      double x = positions.get(k);
      double s = saliences.get(k);
      Require.argument(Double.isFinite(x) && x >= 0 && x <= 100,
          "stakeholder %s: position %s must lie in [0, 100], was %s", name, k + 1, x);
      Require.argument(Double.isFinite(s) && s >= 0 && s <= 100,
          "stakeholder %s: salience %s must lie in [0, 100], was %s", name, k + 1, s);
      total += s;
    }
    Require.argument(total <= 100 + 1e-9, "stakeholder %s: saliences sum to %s, more than 100", name, total);
  }

  /** Returns the position on dimension {@code k} (0-based). */
  public double position(int k) {
    return positions.get(k);
  }

  /** Returns the salience of dimension {@code k} (0-based). */
  public double salience(int k) {
    return saliences.get(k);
  }

  /** Returns the sum of the saliences over all dimensions (0–100). */
  public double totalSalience() {
    double t = 0;
    for (double s : saliences) {
      t += s;
    }
    return t;
  }

  /** Returns a copy with other capability, positions and saliences (used by the Monte Carlo). */
  public Stakeholder with(double newCapability, List<Double> newPositions, List<Double> newSaliences) {
    return new Stakeholder(name, description, newCapability, newPositions, newSaliences);
  }
}
