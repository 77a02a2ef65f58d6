package org.strait.app.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.strait.chart.TimeAxis;
import org.strait.index.IndexChart;
import org.strait.index.IndexPoint;
import org.strait.index.IndexSeries;
import org.strait.index.TurningPointResult;

/**
 * The report's chart of a monthly index: {@link IndexChart}'s chart (index, interval band, raw monthly means,
 * turning points as triangles) with each turning point on a vertical line with its number, which the list under
 * the chart explains with the chronicle's entries and their sources.
 */
final class AnnotatedIndexChart {
  private AnnotatedIndexChart() {}

  /** Writes the chart of {@code index} with {@code turns} to {@code png}; turning point i is labelled i + 1. */
  static void write(IndexSeries index, TurningPointResult turns, Path png) {
    XYChart chart = IndexChart.chart(index, turns, 1000, 500);
    chart.setTitle(chart.getTitle() + "; numbered turning points");
    double top = Double.NEGATIVE_INFINITY;
    for (IndexPoint p : index.points()) {
      top = Math.max(top, p.upper());
      if (p.events() > 0 && Double.isFinite(p.raw())) {
        top = Math.max(top, p.raw());
      }
    }
    chart.getStyler().setYAxisMax(top + 0.8);
    chart.getStyler().setAnnotationLineColor(Color.GRAY)
        .setAnnotationTextFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 14));
    for (int i = 0; i < turns.points().size(); i++) {
      double at = TimeAxis.x(turns.points().get(i).start());
      chart.addAnnotation(new AnnotationLine(at, true, false));
      chart.addAnnotation(new AnnotationText(String.valueOf(i + 1), at, top + 0.45, false));
    }
    try {
      Files.write(png, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chart " + png, e);
    }
  }
}
