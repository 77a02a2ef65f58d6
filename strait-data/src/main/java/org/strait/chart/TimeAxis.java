package org.strait.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.strait.core.Require;

/**
 * The time axis of strait's PNG charts (XChart): months as dates, labelled in years ({@code 2014}) or, on spans of
 * at most {@value #SHORT_SPAN_MONTHS} months, in {@code YYYY-MM}, never in decimal years; and the pieces that keep a
 * monthly series honest on it: gaps (months without data) left as gaps in lines and bands, and horizontal threshold
 * lines that differ in colour and say what they are.
 */
public final class TimeAxis {
  /** Spans of at most this many months are labelled {@code YYYY-MM}; longer ones in years. */
  public static final int SHORT_SPAN_MONTHS = 36;
  /** The colours of thresholds crossed by falling below them, in turn: reds and purples. */
  static final List<Color> BELOW = List.of(new Color(178, 34, 34), new Color(128, 40, 140), new Color(210, 90, 20));
  /** The colours of thresholds crossed by rising above them, in turn: greens and teals. */
  static final List<Color> ABOVE = List.of(new Color(34, 120, 60), new Color(20, 120, 140), new Color(110, 130, 20));
  private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
      new float[] {8f, 5f}, 0f);

  private TimeAxis() {}

  /** Returns the axis position of {@code month}: its year plus (month − 1)/12, labelled as a date. */
  public static double x(YearMonth month) {
    return month.getYear() + (month.getMonthValue() - 1) / 12.0;
  }

  /** Returns the axis position of {@code day}: its year plus the fraction of the year before it. */
  public static double x(LocalDate day) {
    return day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
  }

  /** Returns the label of axis position {@code x}: the year at a year's start, else {@code YYYY-MM}. */
  public static String label(double x) {
    long months = Math.round(x * 12);
    YearMonth m = YearMonth.of((int) Math.floorDiv(months, 12), (int) Math.floorMod(months, 12) + 1);
    return m.getMonthValue() == 1 ? String.valueOf(m.getYear()) : m.toString();
  }

  /** Returns the date pattern of a chart over {@code first..last}: {@code yyyy}, or {@code yyyy-MM} when short. */
  public static String pattern(YearMonth first, YearMonth last) {
    Require.argument(!last.isBefore(first), "the span %s..%s is reversed", first, last);
    return first.until(last, ChronoUnit.MONTHS) + 1 <= SHORT_SPAN_MONTHS ? "yyyy-MM" : "yyyy";
  }

  /**
   * Labels {@code chart}'s time axis in dates for a span of {@code first..last}: the axis runs from the first
   * month's year start (short spans: the first month) to the month after the last, rounded up likewise, so that
   * ticks fall on years (or months), each labelled by {@link #label}.
   */
  public static void apply(XYChart chart, YearMonth first, YearMonth last) {
    boolean years = pattern(first, last).equals("yyyy");
    YearMonth from = years ? YearMonth.of(first.getYear(), 1) : first;
    YearMonth after = last.plusMonths(1);
    YearMonth to = years && after.getMonthValue() != 1 ? YearMonth.of(after.getYear() + 1, 1) : after;
    chart.getStyler().setXAxisMin(x(from)).setXAxisMax(x(to)).setxAxisTickLabelsFormattingFunction(TimeAxis::label);
  }

  /**
   * Returns the runs of consecutive months with a value: each {@code int[] {from, to}} covers indices
   * {@code from..to-1} of {@code values} that are all finite; NaN marks a month without data.
   */
  public static List<int[]> runs(double[] values) {
    List<int[]> out = new ArrayList<>();
    int from = -1;
    for (int i = 0; i <= values.length; i++) {
      boolean has = i < values.length && Double.isFinite(values[i]);
      if (has && from < 0) {
        from = i;
      } else if (!has && from >= 0) {
        out.add(new int[] {from, i});
        from = -1;
      }
    }
    return out;
  }

  /** Returns the axis positions of {@code n} months from {@code start}. */
  public static double[] months(YearMonth start, int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = x(start.plusMonths(i));
    }
    return out;
  }

  /**
   * Adds a line through the points {@code (x[i], y[i])} with a break at every point without a value (NaN, e.g. a
   * month without data), so that no line is drawn across a gap; returns the series.
   */
  public static XYSeries line(XYChart chart, String name, double[] x, double[] y, Color color) {
    Require.argument(x.length == y.length, "a line of %s positions and %s values", x.length, y.length);
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      xs.add(x[i]);
      ys.add(Double.isFinite(y[i]) ? y[i] : null);
    }
    XYSeries s = chart.addSeries(name, xs, ys);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
    List<Double> lonelyX = new ArrayList<>();
    List<Double> lonelyY = new ArrayList<>();
    for (int[] run : runs(y)) {
      if (run[1] - run[0] == 1) {
        lonelyX.add(x[run[0]]);
        lonelyY.add(y[run[0]]);
      }
    }
    if (!lonelyX.isEmpty()) { // a value between two gaps is no line: show it as a point
      XYSeries dots = chart.addSeries(name + " (single months)", lonelyX, lonelyY);
      dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      dots.setMarker(SeriesMarkers.DIAMOND);
      dots.setMarkerColor(color);
      dots.setShowInLegend(false);
    }
    return s;
  }

  /**
   * Adds the band between {@code lower} and {@code upper} at the positions {@code x} as one filled polygon per run
   * of points with values (a gap leaves the band open); the legend shows it once, under {@code name}.
   */
  public static void band(XYChart chart, String name, double[] x, double[] lower, double[] upper, Color fill) {
    Require.argument(lower.length == upper.length && x.length == lower.length,
        "a band of %s positions and bounds of %s and %s values", x.length, lower.length, upper.length);
    double[] both = new double[lower.length];
    for (int i = 0; i < both.length; i++) {
      both[i] = lower[i] + upper[i];
    }
    List<int[]> runs = runs(both);
    for (int r = 0; r < runs.size(); r++) {
      int from = runs.get(r)[0];
      int to = runs.get(r)[1];
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (int i = from; i < to; i++) {
        xs.add(x[i]);
        ys.add(upper[i]);
      }
      for (int i = to - 1; i >= from; i--) {
        xs.add(x[i]);
        ys.add(lower[i]);
      }
      XYSeries s = chart.addSeries(r == 0 ? name : name + " (" + (r + 1) + ")", xs, ys);
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
      s.setMarker(SeriesMarkers.NONE);
      s.setFillColor(fill);
      s.setLineColor(fill);
      s.setShowInLegend(r == 0);
    }
  }

  /**
   * Adds a dashed horizontal threshold line over {@code first..last}, named in the legend with what it is (e.g.
   * {@code low-2019: below -1.50}): red or purple when it is crossed by falling below it, green or teal when by
   * rising above it, each of a chart's thresholds in a colour of its own.
   *
   * @param nth how many thresholds crossed in the same direction the chart has before this one
   * @param detail appended to the legend name, e.g. {@code , P by 2033-03 0.26}, or empty
   */
  public static XYSeries threshold(XYChart chart, int nth, String name, double level, boolean below, String detail,
      YearMonth first, YearMonth last) {
    String label = String.format(java.util.Locale.ROOT, "%s: %s %.2f%s", name, below ? "below" : "above", level,
        detail);
    XYSeries s = chart.addSeries(label, List.of(x(first), x(last)), List.of(level, level));
    s.setMarker(SeriesMarkers.NONE);
    List<Color> colours = below ? BELOW : ABOVE;
    s.setLineColor(colours.get(nth % colours.size()));
    s.setLineStyle(DASHED);
    return s;
  }
}
