package org.strait.app.scenario;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.model.ensemble.ThresholdCurve;

/** Draws an ensemble as a fan chart (PNG): 5–95 % and 25–75 % bands, the median, and each threshold's level. */
public final class FanChart {
  private FanChart() {}

  /** Writes {@code fan.png} into {@code dir} and returns its path. */
  public static Path write(EnsembleResult e, String title, Path dir) {
    System.setProperty("java.awt.headless", "true");
    int h = e.months();
    double[] x = new double[h];
    for (int t = 0; t < h; t++) {
      x[t] = e.month(t).getYear() + (e.month(t).getMonthValue() - 1) / 12.0;
    }
    XYChart chart = new XYChartBuilder().width(1000).height(560).title(title)
        .xAxisTitle("month").yAxisTitle("JPN-KOR temperature (-10..+10)").build();
    chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(14f));
    band(chart, "5-95%", x, e, 0, 4, new Color(70, 130, 180, 70));
    band(chart, "25-75%", x, e, 1, 3, new Color(70, 130, 180, 140));
    double[] median = new double[h];
    for (int t = 0; t < h; t++) {
      median[t] = e.quantile(2, t);
    }
    XYSeries m = chart.addSeries("median", x, median);
    m.setMarker(SeriesMarkers.NONE);
    m.setLineColor(new Color(20, 60, 110));
    for (ThresholdCurve c : e.thresholds()) {
      double level = c.threshold().level();
      XYSeries s = chart.addSeries(c.threshold().name() + String.format(java.util.Locale.ROOT, " (P by end %.2f)",
          c.byEnd()), new double[] {x[0], x[h - 1]}, new double[] {level, level});
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(new Color(180, 40, 40));
    }
    chart.getStyler().setToolTipsEnabled(false);
    chart.getStyler().setDecimalPattern("#0.0");
    Path file = dir.resolve("fan.png");
    try {
      BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write " + file, ex);
    }
    return file;
  }

  private static void band(XYChart chart, String name, double[] x, EnsembleResult e, int lo, int hi, Color color) {
    int h = x.length;
    double[] px = new double[2 * h];
    double[] py = new double[2 * h];
    for (int t = 0; t < h; t++) {
      px[t] = x[t];
      py[t] = e.quantile(hi, t);
      px[2 * h - 1 - t] = x[t];
      py[2 * h - 1 - t] = e.quantile(lo, t);
    }
    XYSeries s = chart.addSeries(name, px, py);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    s.setMarker(SeriesMarkers.NONE);
    s.setFillColor(color);
    s.setLineColor(color);
  }
}
