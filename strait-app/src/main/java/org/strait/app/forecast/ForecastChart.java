package org.strait.app.forecast;

import java.awt.Color;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.strait.app.scenario.FanChart;
import org.strait.fit.Ablation;
import org.strait.fit.MonthlySeries;
import org.strait.model.ensemble.EnsembleResult;

/**
 * The forecast's fan chart (PNG): the model's fan (5–95 % and 25–75 % bands, median), the AR(1) baseline's median
 * and 90 % band beside it, and the observed index of the last {@value #OBSERVED_MONTHS} months up to the origin.
 */
public final class ForecastChart {
  /** The file's name. */
  public static final String FILE = "forecast.png";
  /** How many months of the observed index the chart shows before the forecast. */
  public static final int OBSERVED_MONTHS = 36;
  private static final Color BASELINE = new Color(200, 110, 30);

  private ForecastChart() {}

  /** Writes {@value #FILE} into {@code dir} and returns its path. */
  public static Path write(ForecastRun run, Path dir) {
    EnsembleResult model = run.fan(Ablation.UNCONDITIONAL);
    EnsembleResult ar1 = run.fan("ar1");
    String title = "JPN-KOR index: unconditional forecast from " + run.origin() + " (fit " + run.fit().fit()
        .trainStart() + ".." + run.origin() + ", seed " + run.seed() + ", " + run.samples() + " paths)";
    XYChart chart = FanChart.chart(model, title, "model ");
    FanChart.band(chart, "AR(1) 5-95%", ar1, 0, 4, new Color(200, 110, 30, 45));
    FanChart.median(chart, "AR(1) median", ar1, BASELINE);
    observed(chart, run.fit().data().input().index(), run.origin());
    return FanChart.save(chart, dir.resolve(FILE));
  }

  /** Adds the observed months of the last {@value #OBSERVED_MONTHS} up to {@code origin} as points. */
  private static void observed(XYChart chart, MonthlySeries index, YearMonth origin) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    YearMonth from = origin.minusMonths(OBSERVED_MONTHS - 1L);
    for (YearMonth m = from.isBefore(index.start()) ? index.start() : from; !m.isAfter(origin); m = m.plusMonths(1)) {
      double y = index.get(m);
      if (!Double.isNaN(y)) {
        xs.add(FanChart.x(m));
        ys.add(y);
      }
    }
    if (xs.isEmpty()) {
      return;
    }
    XYSeries s = chart.addSeries("observed index (monthly mean Goldstein)", xs, ys);
    s.setMarker(SeriesMarkers.CIRCLE);
    s.setMarkerColor(Color.DARK_GRAY);
    s.setLineColor(Color.GRAY);
  }
}
