package org.strait.index;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.strait.chart.TimeAxis;
import org.strait.core.Require;

/**
 * A PNG chart of a relation index: the index (each period's value) as a line, its interval as a shaded band, the
 * smoothed level as a thin dark line, the raw period means as dots, and turning points as triangles pointing the way
 * the level moved. Drawing needs no display:
 * {@link #write} sets {@code java.awt.headless} to true when it is unset.
 */
public final class IndexChart {
  private static final Color BAND = new Color(70, 130, 180, 70);
  private static final Color LINE = new Color(30, 80, 140);
  private static final Color LEVEL = new Color(10, 40, 80);

  private IndexChart() {}

  /**
   * Writes the chart of {@code index} (with {@code turns}, which may be null) to {@code png}.
   *
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  public static void write(IndexSeries index, TurningPointResult turns, Path png, int width, int height) {
    Require.nonNull(png, "chart file");
    XYChart chart = chart(index, turns, width, height);
    try {
      BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chart " + png, e);
    }
  }

  /**
   * Returns the chart of {@code index} (with {@code turns}, which may be null), for callers that add to it before
   * writing it (the report numbers the turning points).
   */
  public static XYChart chart(IndexSeries index, TurningPointResult turns, int width, int height) {
    Require.nonNull(index, "index");
    Require.argument(!index.points().isEmpty(), "the index of %s has no periods to draw",
        index.query().seriesName());
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    XYChart chart = new XYChartBuilder().width(width).height(height)
        .title("Relation index " + index.query().seriesName() + " (" + Math.round(index.query().level() * 100)
            + "% interval)")
        .xAxisTitle(index.query().granularity().column()).yAxisTitle("Goldstein points").build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
    List<IndexPoint> points = index.points();
    int n = points.size();
    double[] x = new double[n];
    double[] mean = new double[n];
    double[] lower = new double[n];
    double[] upper = new double[n];
    double[] level = new double[n];
    for (int i = 0; i < n; i++) {
      IndexPoint p = points.get(i);
      x[i] = TimeAxis.x(p.stats().start());
      boolean gap = p.stats().source() == null || p.stats().source().isBlank();
      mean[i] = gap ? Double.NaN : p.index();
      lower[i] = gap ? Double.NaN : p.lower();
      upper[i] = gap ? Double.NaN : p.upper();
      level[i] = gap ? Double.NaN : p.level();
    }
    LocalDate first = points.get(0).stats().start();
    LocalDate last = points.get(n - 1).stats().start();
    TimeAxis.apply(chart, YearMonth.from(first), YearMonth.from(last));
    TimeAxis.band(chart, "interval", x, lower, upper, BAND);
    TimeAxis.line(chart, "index (gaps: months no source covers)", x, mean, LINE);
    TimeAxis.line(chart, "level", x, level, LEVEL).setLineWidth(1f);
    addRaw(chart, index);
    if (turns != null) {
      for (Kind kind : Kind.values()) {
        addTurns(chart, index, turns, Direction.UP, kind);
        addTurns(chart, index, turns, Direction.DOWN, kind);
      }
    }
    return chart;
  }

  private static void addRaw(XYChart chart, IndexSeries index) {
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (IndexPoint p : index.points()) {
      if (p.events() > 0 && Double.isFinite(p.raw())) {
        x.add(TimeAxis.x(p.stats().start()));
        y.add(p.raw());
      }
    }
    if (!x.isEmpty()) {
      XYSeries raw = chart.addSeries("period mean", x, y);
      raw.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      raw.setMarker(SeriesMarkers.CIRCLE);
      raw.setMarkerColor(Color.GRAY);
    }
  }

  private static void addTurns(XYChart chart, IndexSeries index, TurningPointResult turns, Direction direction,
                               Kind kind) {
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (TurningPoint t : turns.points()) {
      if (t.direction() == direction && t.kind() == kind) {
        x.add(TimeAxis.x(t.start()));
        y.add(index.points().stream().filter(p -> p.stats().start().equals(t.start())).findFirst()
            .map(IndexPoint::index).orElse(t.after()));
      }
    }
    if (!x.isEmpty()) {
      XYSeries s = chart.addSeries(kind.name().toLowerCase(Locale.ROOT) + " " + direction.name()
          .toLowerCase(Locale.ROOT), x, y);
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      s.setMarker(kind == Kind.SHOCK ? SeriesMarkers.DIAMOND
          : direction == Direction.UP ? SeriesMarkers.TRIANGLE_UP : SeriesMarkers.TRIANGLE_DOWN);
      s.setMarkerColor(direction == Direction.UP ? new Color(0, 140, 60) : new Color(200, 30, 30));
    }
  }
}
