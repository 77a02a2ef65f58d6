package org.strait.bargain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.strait.core.Require;

/**
 * A dispute to bargain over: named dimensions (each a 0–100 scale between two stated extremes) and the
 * stakeholders with their capabilities, positions and saliences.
 *
 * @param id short identifier, e.g. {@code "wartime-labour"}
 * @param title one-line description
 * @param dimensions names of the dimensions, at least one
 * @param stakeholders the actors, at least two, with unique names and one position per dimension
 */
public record Dispute(String id, String title, List<String> dimensions, List<Stakeholder> stakeholders) {

  /** Validates the dispute and copies the lists. */
  public Dispute {
    Require.argument(id != null && !id.isBlank(), "dispute id must not be blank");
    title = title == null ? "" : title;
    dimensions = List.copyOf(Require.nonNull(dimensions, "dimensions"));
    stakeholders = List.copyOf(Require.nonNull(stakeholders, "stakeholders"));
    Require.argument(!dimensions.isEmpty(), "dispute %s: needs at least one dimension", id);
    Require.argument(stakeholders.size() >= 2, "dispute %s: needs at least two stakeholders, has %s",
        id, stakeholders.size());
    Require.argument(new HashSet<>(dimensions).size() == dimensions.size(),
        "dispute %s: dimension names must be unique, were %s", id, dimensions);
    Set<String> names = new HashSet<>();
    for (Stakeholder s : stakeholders) {
      Require.argument(names.add(s.name()), "dispute %s: stakeholder name %s appears twice", id, s.name());
      Require.argument(s.positions().size() == dimensions.size(),
          "dispute %s: stakeholder %s has %s positions for %s dimensions",
          id, s.name(), s.positions().size(), dimensions.size());
    }
    for (int k = 0; k < dimensions.size(); k++) {
      boolean cared = false;
      for (Stakeholder s : stakeholders) {
        cared |= s.salience(k) > 0;
      }
      Require.argument(cared, "dispute %s: no stakeholder gives dimension %s a positive salience",
          id, dimensions.get(k));
    }
  }

  /** Returns the number of stakeholders. */
  public int size() {
    return stakeholders.size();
  }

  /** Returns the number of dimensions. */
  public int dimensionCount() {
    return dimensions.size();
  }

  /** Returns a copy with other stakeholders (same id, title and dimensions). */
  public Dispute withStakeholders(List<Stakeholder> others) {
    return new Dispute(id, title, dimensions, others);
  }
}
