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
import org.strait.chart.TimeAxis;
import org.strait.fit.MonthlySeries;
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

  /** How many of the record's months a fan on the fitted model shows before its start. */
  public static final int OBSERVED_MONTHS = 36;

  /** Writes {@code fan.png} into {@code dir} and returns its path. */
  public static Path write(EnsembleResult e, String title, Path dir) {
    return save(chart(e, title, ""), dir.resolve("fan.png"));
  }

  /**
   * Writes {@code fan.png} of a run on the fitted model into {@code dir}, with the observed index of the record's
   * last {@value #OBSERVED_MONTHS} months up to {@code last} (the month before the run, or the record's last) before
   * the fan; returns its path.
   */
  public static Path write(EnsembleResult e, String title, Path dir, MonthlySeries index, YearMonth last) {
    YearMonth from = last.minusMonths(OBSERVED_MONTHS - 1L);
    YearMonth start = from.isBefore(index.start()) ? index.start() : from;
    XYChart chart = chart(e, title, "", start);
    observed(chart, index, start, last);
    return save(chart, dir.resolve("fan.png"));
  }

  /** Adds the observed index over {@code from..to} as a line with points, broken where a month has no events. */
  public static void observed(XYChart chart, MonthlySeries index, YearMonth from, YearMonth to) {
    int n = (int) from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = index.get(from.plusMonths(i));
    }
    XYSeries s = TimeAxis.line(chart, "observed index (monthly mean Goldstein; gaps: no events)",
        TimeAxis.months(from, n), y, Color.GRAY);
    s.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE);
    s.setMarkerColor(Color.DARK_GRAY);
  }

  /**
   * Returns the fan chart of {@code e}: both bands, the median and each threshold's level, every series name
   * prefixed with {@code label} (empty for none).
   */
  public static XYChart chart(EnsembleResult e, String title, String label) {
    return chart(e, title, label, e.month(0));
  }

  /**
   * Returns the fan chart of {@code e} as {@link #chart(EnsembleResult, String, String)} does, with a time axis
   * from {@code axisStart} (before the fan's first month when observed months come first).
   */
  public static XYChart chart(EnsembleResult e, String title, String label, YearMonth axisStart) {
    System.setProperty("java.awt.headless", "true");
    int h = e.months();
    XYChart chart = new XYChartBuilder().width(1000).height(680).title(title)
        .xAxisTitle("month").yAxisTitle("JPN-KOR temperature (-10..+10)").build();
    chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(14f));
    TimeAxis.apply(chart, axisStart, e.month(h - 1));
    band(chart, label + "5-95%", e, 0, 4, OUTER);
    band(chart, label + "25-75%", e, 1, 3, INNER);
    median(chart, label + "median", e, MEDIAN);
    int below = 0;
    int above = 0;
    for (ThresholdCurve c : e.thresholds()) {
      boolean b = c.threshold().below();
      TimeAxis.threshold(chart, b ? below++ : above++, label + c.threshold().name(), c.threshold().level(), b,
          String.format(java.util.Locale.ROOT, " (P crossed by %s: %.2f)", e.month(h - 1), c.byEnd()), e.month(0),
          e.month(h - 1));
    }
    chart.getStyler().setToolTipsEnabled(false);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS)
        .setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
    chart.getStyler().setDecimalPattern("#0.0");
    return chart;
  }

  /** Adds the line of {@code e}'s median (quantile level index 2) to {@code chart}. */
  public static XYSeries median(XYChart chart, String name, EnsembleResult e, Color color) {
    return TimeAxis.line(chart, name, TimeAxis.months(e.month(0), e.months()), quantile(e, 2), color);
  }

  /** Adds the band between quantile level indices {@code lo} and {@code hi} of {@code e} to {@code chart}. */
  public static void band(XYChart chart, String name, EnsembleResult e, int lo, int hi, Color color) {
    TimeAxis.band(chart, name, TimeAxis.months(e.month(0), e.months()), quantile(e, lo), quantile(e, hi), color);
  }

  private static double[] quantile(EnsembleResult e, int level) {
    double[] out = new double[e.months()];
    for (int t = 0; t < out.length; t++) {
      out[t] = e.quantile(level, t);
    }
    return out;
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
