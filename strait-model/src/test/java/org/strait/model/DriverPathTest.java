package org.strait.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriverPathTest {
  private final DriverPath path = new DriverPath(List.of(
      new DriverPath.Point(YearMonth.of(2024, 1), 0.0),
      new DriverPath.Point(YearMonth.of(2025, 1), 3.0)));

  @Test
  void valueAt_betweenPoints_interpolatesLinearly() {
    assertThat(path.valueAt(YearMonth.of(2024, 5))).isCloseTo(1.0, within(1e-12));
    assertThat(path.valueAt(YearMonth.of(2024, 9))).isCloseTo(2.0, within(1e-12));
  }

  @Test
  void valueAt_outsidePoints_isFlat() {
    assertThat(path.valueAt(YearMonth.of(2020, 1))).isEqualTo(0.0);
    assertThat(path.valueAt(YearMonth.of(2030, 1))).isEqualTo(3.0);
  }

  @Test
  void construct_unorderedMonths_fails() {
    assertThatThrownBy(() -> new DriverPath(List.of(
        new DriverPath.Point(YearMonth.of(2025, 1), 0), new DriverPath.Point(YearMonth.of(2024, 1), 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-01 follows 2025-01");
  }

  @Test
  void pathDrivers_pathWinsOverBase() {
    Drivers d = new PathDrivers(Map.of(Driver.US_ENGAGEMENT, path), Drivers.neutral());
    assertThat(d.value(Driver.US_ENGAGEMENT, YearMonth.of(2025, 6))).isEqualTo(3.0);
    assertThat(d.value(Driver.GDP_RATIO, YearMonth.of(2025, 6))).isEqualTo(0.37);
  }
}
