package org.strait.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.strait.core.Dyad;

class IndexChartTest {
  @Test
  void chart_drawsTheMonthsValueAndTheLevelItIsShrunkToward() {
    double[] level = new double[60];
    Arrays.fill(level, 1.5);
    List<PeriodStats> months = Synthetic.months(level, 30, 3, 0.7, new SplittableRandom(7));
    IndexSeries index = RelationIndex.estimate(IndexQuery.of(Dyad.parse("JPN-KOR")), months);
    XYChart chart = IndexChart.chart(index, null, 600, 300);
    assertThat(chart.getSeriesMap()).containsKeys("index (gaps: months no source covers)", "level");
    List<Double> drawn = Arrays.stream(chart.getSeriesMap().get("level").getYData()).boxed().toList();
    assertThat(drawn).containsExactlyElementsOf(index.points().stream().map(IndexPoint::level).toList());
    // with month effects (sd 0.7) the months' values are not their level: the two lines differ
    assertThat(index.omega2()).isPositive();
    assertThat(index.points()).anyMatch(p -> Math.abs(p.index() - p.level()) > 0.2);
  }
}
