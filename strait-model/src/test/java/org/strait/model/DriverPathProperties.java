package org.strait.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** A driver path passes through its points and never leaves the range of their values. */
class DriverPathProperties {
  @Property(tries = 200)
  void valueAt_throughPointsAndWithinTheirRange(
      @ForAll @Size(min = 1, max = 6) List<@DoubleRange(min = -50, max = 50) Double> values,
      @ForAll @IntRange(min = 1, max = 30) int gap, @ForAll @IntRange(min = -20, max = 200) int probe) {
    List<DriverPath.Point> points = new ArrayList<>();
    YearMonth m = YearMonth.of(2020, 1);
    for (double v : values) {
      points.add(new DriverPath.Point(m, v));
      m = m.plusMonths(gap);
    }
    DriverPath path = new DriverPath(points);
    for (DriverPath.Point p : points) {
      assertThat(path.valueAt(p.month())).isEqualTo(p.value());
    }
    double lo = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double hi = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    assertThat(path.valueAt(YearMonth.of(2020, 1).plusMonths(probe))).isBetween(lo - 1e-9, hi + 1e-9);
  }
}
