package org.strait.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The month's flare decision answers {@code u < -expm1(-rate)} exactly, also next to the boundary. */
class FlareDrawTest {
  @Test
  void flares_agreesWithExpm1_onRandomDrawsAndAtTheBoundary() {
    SplittableRandom rng = new SplittableRandom(20231);
    for (int i = 0; i < 200_000; i++) {
      double rate = i % 3 == 0 ? rng.nextDouble() * 1e-6 : i % 3 == 1 ? rng.nextDouble() : rng.nextDouble() * 40;
      double boundary = -Math.expm1(-rate);
      double u = switch (i % 4) {
        case 0 -> rng.nextDouble();
        case 1 -> boundary;
        case 2 -> Math.nextDown(boundary);
        default -> Math.nextUp(Math.nextUp(boundary)) - rng.nextInt(5) * Math.ulp(boundary);
      };
      assertThat(Model.flares(u, rate)).as("u %s, rate %s", u, rate).isEqualTo(u < boundary);
    }
  }
}
