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

  /** Uniforms at and around the cheap Taylor bounds (upper 1e-9 away, lower 1e-9 away), where the shortcut ends. */
  @Test
  void flares_agreesWithExpm1_nextToTheTaylorBounds() {
    SplittableRandom rng = new SplittableRandom(77);
    int[] answers = new int[2];
    for (int i = 0; i < 200_000; i++) {
      double rate = i % 2 == 0 ? rng.nextDouble() : rng.nextDouble() * 0.05;
      double boundary = -Math.expm1(-rate);
      double taylor3 = rate - rate * rate / 2 + rate * rate * rate / 6;
      double taylor4 = taylor3 - rate * rate * rate * rate / 24;
      double edge = switch (i % 4) {
        case 0 -> taylor3 + 1e-9;
        case 1 -> taylor4 - 1e-9;
        case 2 -> taylor3;
        default -> taylor4;
      };
      double u = Math.max(0, edge + (rng.nextInt(2001) - 1000) * Math.max(Math.ulp(edge), 1e-18) * 4);
      assertThat(Model.flares(u, rate)).as("u %s, rate %s", u, rate).isEqualTo(u < boundary);
      answers[u < boundary ? 1 : 0]++;
    }
    assertThat(answers[0]).as("no flare").isPositive();
    assertThat(answers[1]).as("flare").isPositive();
  }
}
