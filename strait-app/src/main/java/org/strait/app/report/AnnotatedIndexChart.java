package org.strait.app.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.strait.index.Direction;
import org.strait.index.IndexPoint;
import org.strait.index.IndexSeries;
import org.strait.index.TurningPoint;
import org.strait.index.TurningPointResult;

/**
 * The report's chart of a monthly index: the smoothed index, its interval band, the raw monthly means, and each
 * turning point as a triangle on a dashed vertical line with its number, which the list under the chart explains
 * with the chronicle's entries and their sources.
 */
final class AnnotatedIndexChart {
  private static final Color BAND = new Color(70, 130, 180, 70);
  private static final Color LINE = new Color(30, 80, 140);
  private static final Color UP = new Color(0, 140, 60);
  private static final Color DOWN = new Color(200, 30, 30);

  private AnnotatedIndexChart() {}

  /** Writes the chart of {@code index} with {@code turns} to {@code png}; turning point i is labelled i + 1. */
  static void write(IndexSeries index, TurningPointResult turns, Path png) {
    System.setProperty("java.awt.headless", "true");
    XYChart chart = new XYChartBuilder().width(1000).height(500)
        .title("Relation index " + index.query().seriesName() + " (" + Math.round(index.query().level() * 100)
            + "% interval); numbered turning points")
        .xAxisTitle("month").yAxisTitle("Goldstein points").build();
    chart.getStyler().setDatePattern("yyyy-MM").setLegendPosition(Styler.LegendPosition.InsideSW);
    List<Date> x = new ArrayList<>();
    List<Double> mean = new ArrayList<>();
    List<Date> bandX = new ArrayList<>();
    List<Double> band = new ArrayList<>();
    List<Date> rawX = new ArrayList<>();
    List<Double> raw = new ArrayList<>();
    double top = Double.NEGATIVE_INFINITY;
    for (IndexPoint p : index.points()) {
      x.add(date(p.stats().start()));
      mean.add(p.index());
      bandX.add(date(p.stats().start()));
      band.add(p.upper());
      top = Math.max(top, p.upper());
      if (p.events() > 0 && Double.isFinite(p.raw())) {
        rawX.add(date(p.stats().start()));
        raw.add(p.raw());
        top = Math.max(top, p.raw());
      }
    }
    for (int i = index.points().size() - 1; i >= 0; i--) {
      bandX.add(x.get(i));
      band.add(index.points().get(i).lower());
    }
    XYSeries interval = chart.addSeries("interval", bandX, band);
    interval.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    interval.setFillColor(BAND);
    interval.setLineColor(BAND);
    interval.setMarker(SeriesMarkers.NONE);
    XYSeries line = chart.addSeries("index", x, mean);
    line.setLineColor(LINE);
    line.setMarker(SeriesMarkers.NONE);
    if (!rawX.isEmpty()) {
      XYSeries dots = chart.addSeries("monthly mean", rawX, raw);
      dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      dots.setMarker(SeriesMarkers.CIRCLE);
      dots.setMarkerColor(Color.GRAY);
    }
    chart.getStyler().setYAxisMax(top + 0.8);
    chart.getStyler().setAnnotationLineColor(Color.GRAY)
        .setAnnotationTextFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 14));
    turns(chart, index, turns, top);
    try {
      Files.write(png, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chart " + png, e);
    }
  }

  private static void turns(XYChart chart, IndexSeries index, TurningPointResult turns, double top) {
    for (Direction d : Direction.values()) {
      List<Date> tx = new ArrayList<>();
      List<Double> ty = new ArrayList<>();
      for (TurningPoint t : turns.points()) {
        if (t.direction() == d) {
          tx.add(date(t.start()));
          ty.add(index.points().stream().filter(p -> p.stats().start().equals(t.start())).findFirst()
              .map(IndexPoint::index).orElse(t.after()));
        }
      }
      if (!tx.isEmpty()) {
        XYSeries s = chart.addSeries("turning point " + d.name().toLowerCase(java.util.Locale.ROOT), tx, ty);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(d == Direction.UP ? SeriesMarkers.TRIANGLE_UP : SeriesMarkers.TRIANGLE_DOWN);
        s.setMarkerColor(d == Direction.UP ? UP : DOWN);
      }
    }
    for (int i = 0; i < turns.points().size(); i++) {
      TurningPoint t = turns.points().get(i);
      double at = date(t.start()).getTime();
      chart.addAnnotation(new AnnotationLine(at, true, false));
      chart.addAnnotation(new AnnotationText(String.valueOf(i + 1), at, top + 0.45, false));
    }
  }

  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
