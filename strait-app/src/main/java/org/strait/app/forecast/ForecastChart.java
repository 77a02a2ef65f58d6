package org.strait.app.forecast;

import java.awt.Color;
import java.nio.file.Path;
import java.time.YearMonth;
import org.knowm.xchart.XYChart;
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
    MonthlySeries index = run.fit().data().input().index();
    YearMonth from = run.origin().minusMonths(OBSERVED_MONTHS - 1L);
    YearMonth observedStart = from.isBefore(index.start()) ? index.start() : from;
    XYChart chart = FanChart.chart(model, title, "model ", observedStart);
    FanChart.band(chart, "AR(1) baseline 5-95%", ar1, 0, 4, new Color(200, 110, 30, 45));
    FanChart.median(chart, "AR(1) baseline median", ar1, BASELINE);
    FanChart.observed(chart, index, observedStart, run.origin());
    return FanChart.save(chart, dir.resolve(FILE));
  }
}
