package org.strait.app.scenario;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.model.ensemble.ThresholdCurve;

/**
 * Draws an ensemble as a fan chart (PNG): 5–95 % and 25–75 % bands, the median, and each threshold's level. The
 * pieces ({@link #chart}, {@link #band}, {@link #median}, {@link #save}) let other charts lay further ensembles
 * beside it (the forecast's baseline).
 */
public final class FanChart {
  /** The fill of the 5–95 % band. */
  public static final Color OUTER = new Color(70, 130, 180, 70);
  /** The fill of the 25–75 % band. */
  public static final Color INNER = new Color(70, 130, 180, 140);
  /** The colour of the median line. */
  public static final Color MEDIAN = new Color(20, 60, 110);

  private FanChart() {}

  /** Writes {@code fan.png} into {@code dir} and returns its path. */
  public static Path write(EnsembleResult e, String title, Path dir) {
    return save(chart(e, title, ""), dir.resolve("fan.png"));
  }

  /**
   * Returns the fan chart of {@code e}: both bands, the median and each threshold's level, every series name
   * prefixed with {@code label} (empty for none).
   */
  public static XYChart chart(EnsembleResult e, String title, String label) {
    System.setProperty("java.awt.headless", "true");
    int h = e.months();
    XYChart chart = new XYChartBuilder().width(1000).height(560).title(title)
        .xAxisTitle("month").yAxisTitle("JPN-KOR temperature (-10..+10)").build();
    chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(14f));
    band(chart, label + "5-95%", e, 0, 4, OUTER);
    band(chart, label + "25-75%", e, 1, 3, INNER);
    median(chart, label + "median", e, MEDIAN);
    double first = x(e.month(0));
    double last = x(e.month(h - 1));
    for (ThresholdCurve c : e.thresholds()) {
      double level = c.threshold().level();
      XYSeries s = chart.addSeries(label + c.threshold().name() + String.format(java.util.Locale.ROOT,
          " (P by end %.2f)", c.byEnd()), new double[] {first, last}, new double[] {level, level});
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(new Color(180, 40, 40));
    }
    chart.getStyler().setToolTipsEnabled(false);
    chart.getStyler().setDecimalPattern("#0.0");
    return chart;
  }

  /** Returns a month's position on the charts' time axis: its year plus (month − 1)/12. */
  public static double x(YearMonth month) {
    return month.getYear() + (month.getMonthValue() - 1) / 12.0;
  }

  /** Adds the line of {@code e}'s median (quantile level index 2) to {@code chart}. */
  public static XYSeries median(XYChart chart, String name, EnsembleResult e, Color color) {
    int h = e.months();
    double[] px = new double[h];
    double[] py = new double[h];
    for (int t = 0; t < h; t++) {
      px[t] = x(e.month(t));
      py[t] = e.quantile(2, t);
    }
    XYSeries m = chart.addSeries(name, px, py);
    m.setMarker(SeriesMarkers.NONE);
    m.setLineColor(color);
    return m;
  }

  /** Adds the band between quantile level indices {@code lo} and {@code hi} of {@code e} to {@code chart}. */
  public static XYSeries band(XYChart chart, String name, EnsembleResult e, int lo, int hi, Color color) {
    int h = e.months();
    double[] px = new double[2 * h];
    double[] py = new double[2 * h];
    for (int t = 0; t < h; t++) {
      px[t] = x(e.month(t));
      py[t] = e.quantile(hi, t);
      px[2 * h - 1 - t] = px[t];
      py[2 * h - 1 - t] = e.quantile(lo, t);
    }
    XYSeries s = chart.addSeries(name, px, py);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    s.setMarker(SeriesMarkers.NONE);
    s.setFillColor(color);
    s.setLineColor(color);
    return s;
  }

  /** Writes {@code chart} as a PNG to {@code file} and returns the path. */
  public static Path save(XYChart chart, Path file) {
    try {
      BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write " + file, ex);
    }
    return file;
  }
}
