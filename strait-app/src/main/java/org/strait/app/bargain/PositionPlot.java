package org.strait.app.bargain;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.strait.bargain.BargainRun;
import org.strait.bargain.Dispute;

/** A PNG of every actor's position over the rounds, one panel (chart) per dimension stacked vertically. */
public final class PositionPlot {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 450;

  private PositionPlot() {}

  /** Writes the plot of {@code run} to {@code png}. */
  public static void write(BargainRun run, Path png) {
    System.setProperty("java.awt.headless", "true");
    Dispute d = run.dispute();
    List<XYChart> charts = new ArrayList<>();
    List<Double> rounds = new ArrayList<>();
    for (int t = 0; t < run.roundCount(); t++) {
      rounds.add((double) t);
    }
    for (int k = 0; k < d.dimensionCount(); k++) {
      XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
          .title(d.id() + " (" + run.model() + "): " + d.dimensions().get(k))
          .xAxisTitle("round").yAxisTitle("position (0-100)").build();
      chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0).setLegendVisible(true);
      for (int i = 0; i < d.size(); i++) {
        chart.addSeries(d.stakeholders().get(i).name(), rounds, run.trajectory(i, k)).setMarker(SeriesMarkers.NONE);
      }
      List<Double> base = new ArrayList<>();
      for (int t = 0; t < run.roundCount(); t++) {
        base.add(run.baseline(k));
      }
      chart.addSeries("baseline (weighted mean)", rounds, base).setMarker(SeriesMarkers.NONE)
          .setLineColor(Color.BLACK).setLineStyle(SeriesLines.DASH_DASH);
      charts.add(chart);
    }
    try {
      String name = png.toString().replaceFirst("(?i)\\.png$", "");
      if (charts.size() == 1) {
        BitmapEncoder.saveBitmap(charts.get(0), name, BitmapEncoder.BitmapFormat.PNG);
      } else {
        BitmapEncoder.saveBitmap(new ArrayList<>(charts), charts.size(), 1, name, BitmapEncoder.BitmapFormat.PNG);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write plot " + png, e);
    }
  }
}
