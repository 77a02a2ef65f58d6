package org.strait.bargain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class BargainProperties {

  /** Both models only move actors towards others' positions, so no position leaves the initial range. */
  @Property(tries = 40)
  void run_anyDispute_positionsStayWithinInitialRange(@ForAll @IntRange(min = 2, max = 8) int actors,
      @ForAll @IntRange(min = 1, max = 2) int dims, @ForAll long seed) {
    Dispute d = random(actors, dims, seed);
    List<BargainModel> models =
        List.of(new SpatialModel(SmpOptions.defaults()), new ExpectedUtilityModel(EuOptions.defaults()));
    for (BargainModel m : models) {
      BargainRun run = m.run(d);
      for (int k = 0; k < dims; k++) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Stakeholder s : d.stakeholders()) {
          lo = Math.min(lo, s.position(k));
          hi = Math.max(hi, s.position(k));
        }
        for (int i = 0; i < actors; i++) {
          assertThat(run.finalPosition(i, k)).as(m.name()).isBetween(lo - 1e-6, hi + 1e-6);
        }
        assertThat(run.median(k)).isBetween(lo - 1e-6, hi + 1e-6);
        assertThat(run.baseline(k)).isBetween(lo - 1e-6, hi + 1e-6);
      }
    }
  }

  /** A perturbed dispute is always valid: positions in range, saliences summing to at most 100. */
  @Property(tries = 200)
  void draw_anySeed_givesValidInputs(@ForAll long seed) {
    Dispute d = random(5, 2, 99);
    Uncertainty.Draw draw = new Uncertainty(0.5, 30, 30).draw(d, new SplittableRandom(seed));
    for (Stakeholder s : draw.dispute().stakeholders()) {
      assertThat(s.totalSalience()).isLessThanOrEqualTo(100 + 1e-9);
      assertThat(s.positions()).allSatisfy(x -> assertThat(x).isBetween(0.0, 100.0));
      assertThat(s.saliences()).allSatisfy(x -> assertThat(x).isGreaterThan(0.0));
    }
    assertThat(draw.z()).hasDimensions(5, 5);
  }

  private static Dispute random(int actors, int dims, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<Stakeholder> list = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int k = 0; k < dims; k++) {
      names.add("d" + k);
    }
    for (int i = 0; i < actors; i++) {
      List<Double> p = new ArrayList<>();
      List<Double> s = new ArrayList<>();
      for (int k = 0; k < dims; k++) {
        p.add((double) rng.nextInt(0, 101));
        s.add((double) rng.nextInt(1, 100 / dims + 1));
      }
      list.add(new Stakeholder("a" + i, "", rng.nextInt(1, 200), p, s));
    }
    return new Dispute("p", "", names, list);
  }
}
