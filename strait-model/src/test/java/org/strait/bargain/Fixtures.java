package org.strait.bargain;

import java.util.ArrayList;
import java.util.List;

/** Small disputes written for the tests. */
final class Fixtures {
  private Fixtures() {}

  static Stakeholder actor(String name, double capability, double position, double salience) {
    return new Stakeholder(name, "", capability, List.of(position), List.of(salience));
  }

  static Dispute oneDimension(Stakeholder... actors) {
    return new Dispute("test", "", List.of("issue"), List.of(actors));
  }

  /** Returns the dispute with every position x replaced by 100 - x. */
  static Dispute mirrored(Dispute d) {
    List<Stakeholder> out = new ArrayList<>();
    for (Stakeholder s : d.stakeholders()) {
      List<Double> p = new ArrayList<>();
      for (double x : s.positions()) {
        p.add(100 - x);
      }
      out.add(s.with(s.capability(), p, s.saliences()));
    }
    return d.withStakeholders(out);
  }

  /** Seven actors on one dimension, asymmetric, so that the models have something to do. */
  static Dispute seven() {
    return oneDimension(
        actor("A", 100, 10, 80), actor("B", 60, 25, 40), actor("C", 40, 40, 70), actor("D", 80, 55, 30),
        actor("E", 30, 70, 90), actor("F", 50, 85, 60), actor("G", 20, 95, 50));
  }
}
