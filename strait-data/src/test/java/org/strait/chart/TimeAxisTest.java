package org.strait.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

class TimeAxisTest {
  @Test
  void label_yearStartsAreYears_otherMonthsYyyyMm_neverDecimals() {
    assertThat(TimeAxis.label(TimeAxis.x(YearMonth.of(2024, 1)))).isEqualTo("2024");
    assertThat(TimeAxis.label(TimeAxis.x(YearMonth.of(2023, 4)))).isEqualTo("2023-04");
    assertThat(TimeAxis.label(TimeAxis.x(YearMonth.of(2014, 12)))).isEqualTo("2014-12");
    // a tick a hair off a month (floating point) still names that month
    assertThat(TimeAxis.label(2024.0 - 1e-9)).isEqualTo("2024");
    assertThat(TimeAxis.label(2023.25 + 1e-9)).isEqualTo("2023-04");
  }

  @Test
  void pattern_shortSpansInMonths_longSpansInYears() {
    assertThat(TimeAxis.pattern(YearMonth.of(2012, 1), YearMonth.of(2014, 12))).isEqualTo("yyyy-MM");
    assertThat(TimeAxis.pattern(YearMonth.of(2012, 1), YearMonth.of(2015, 1))).isEqualTo("yyyy");
  }

  @Test
  void apply_longSpan_axisFromYearStartToYearAfter() {
    XYChart chart = new XYChartBuilder().width(400).height(300).build();
    TimeAxis.apply(chart, YearMonth.of(2023, 4), YearMonth.of(2033, 3));
    assertThat(chart.getStyler().getXAxisMin()).isEqualTo(2023.0);
    assertThat(chart.getStyler().getXAxisMax()).isEqualTo(2034.0);
    assertThat(chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(2026.0)).isEqualTo("2026");
  }

  @Test
  void runs_gapsSplitTheSeries() {
    double nan = Double.NaN;
    assertThat(TimeAxis.runs(new double[] {1, 2, nan, nan, 3, nan, 4, 5}))
        .containsExactly(new int[] {0, 2}, new int[] {4, 5}, new int[] {6, 8});
    assertThat(TimeAxis.runs(new double[] {nan, nan})).isEmpty();
  }

  @Test
  void band_twoRuns_twoPolygonsOneInTheLegend() {
    XYChart chart = new XYChartBuilder().width(400).height(300).build();
    double nan = Double.NaN;
    TimeAxis.band(chart, "interval", TimeAxis.months(YearMonth.of(2014, 1), 5), new double[] {0, 0, nan, 0, 0},
        new double[] {1, 1, nan, 1, 1}, java.awt.Color.BLUE);
    assertThat(chart.getSeriesMap()).containsOnlyKeys("interval", "interval (2)");
    assertThat(chart.getSeriesMap().get("interval").isShowInLegend()).isTrue();
    assertThat(chart.getSeriesMap().get("interval (2)").isShowInLegend()).isFalse();
    assertThat(chart.getSeriesMap().get("interval").getXData()).containsExactly(2014.0, 2014 + 1 / 12.0,
        2014 + 1 / 12.0, 2014.0);
  }

  @Test
  void threshold_belowAndAbove_differInColourAndSayWhatTheyAre() {
    XYChart chart = new XYChartBuilder().width(400).height(300).build();
    YearMonth a = YearMonth.of(2023, 4);
    YearMonth b = YearMonth.of(2033, 3);
    var low = TimeAxis.threshold(chart, 0, "low-2019", -1.5, true, "", a, b);
    var high = TimeAxis.threshold(chart, 0, "thaw-2023", 2.0, false, "", a, b);
    var low2 = TimeAxis.threshold(chart, 1, "low-2012", -1.0, true, "", a, b);
    assertThat(low.getName()).isEqualTo("low-2019: below -1.50");
    assertThat(high.getName()).isEqualTo("thaw-2023: above 2.00");
    assertThat(low.getLineColor()).isNotEqualTo(high.getLineColor()).isNotEqualTo(low2.getLineColor());
  }
}
