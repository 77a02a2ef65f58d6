package org.strait.app.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.strait.fit.Backtest;
import org.strait.fit.BacktestResult;
import org.strait.fit.BacktestSettings;
import org.strait.fit.Baselines;
import org.strait.fit.Forecaster;
import org.strait.fit.HorizonScore;
import org.strait.fit.MonthlySeries;
import org.strait.index.IndexPoint;
import org.strait.index.IndexSeries;

/**
 * The verdict and backtest section. The model's calibration and verdicts are not in this build, so the section says
 * so and shows the three baselines' rolling-origin backtest on the observed index (raw monthly mean Goldstein score
 * of distinct events; months without events are missing), the scores a model would have to beat.
 */
final class BacktestSection {
  /** The months of history before the first origin. */
  static final int HISTORY = 24;
  /** Monte Carlo paths per forecast. */
  static final int SAMPLES = 500;

  private BacktestSection() {}

  /** Returns the section's HTML. */
  static String html(IndexSeries index, long seed) {
    StringBuilder b = new StringBuilder(Html.h(2, "verdicts", "Verdicts on the mechanisms"));
    b.append(Html.p("The verdict table is not available: the model's calibration and verdicts are not part of this "
        + "build of strait, so no mechanism is judged here."));
    b.append(Html.h(2, "backtest", "Backtest against the baselines"));
    b.append(Html.p("The model's backtest scores are not available in this build, so its skill against the "
        + "baselines cannot be shown. Below are the scores of the three baselines (climatology, persistence as a "
        + "random walk, AR(1)) on the observed index: what any model must beat."));
    Optional<BacktestResult> run = run(index, seed);
    if (run.isEmpty()) {
      return b.append(Html.p("The observed index is too short for a backtest: it needs " + (HISTORY + 1)
          + " months or more (the first " + HISTORY + " are the first history).")).toString();
    }
    BacktestResult r = run.get();
    BacktestSettings s = r.settings();
    b.append(Html.p(String.format(Locale.ROOT, "Data %s..%s; origins %s..%s (each forecaster sees only the months up "
        + "to its origin); %d sample paths per forecast; seed %d; strait %s. CRPS and the 90%% interval score are "
        + "in Goldstein points, lower is better; skill is 1 − CRPS / CRPS of climatology.", r.dataStart(),
        r.dataEnd(), s.firstOrigin(), s.lastOrigin(), s.samples(), s.seed(), r.version())));
    List<List<Object>> rows = new ArrayList<>();
    for (int h : s.horizons()) {
      for (Forecaster f : Baselines.all()) {
        r.score(f.name(), h).ifPresent(sc -> rows.add(List.of(h, sc.forecaster(), sc.n(), sc.crps(),
            sc.interval90(), sc.coverage90(), sc.mae(),
            r.skill(sc.forecaster(), "climatology", h).map(Object.class::cast).orElse("n/a"))));
      }
    }
    b.append(Html.table(List.of("horizon (months)", "forecaster", "forecasts scored", "CRPS", "interval score 90%",
        "coverage 90%", "MAE of median", "skill vs climatology"), rows, 3));
    b.append(best(r));
    return b.toString();
  }

  /** Returns the backtest of the baselines on the index's raw monthly means, empty when the index is too short. */
  static Optional<BacktestResult> run(IndexSeries index, long seed) {
    List<IndexPoint> points = index.points();
    if (points.size() < HISTORY + 1 || index.events() == 0) {
      return Optional.empty();
    }
    double[] values = new double[points.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = points.get(i).events() > 0 ? points.get(i).raw() : Double.NaN;
    }
    YearMonth start = YearMonth.parse(points.get(0).label());
    MonthlySeries series = MonthlySeries.of(start, values);
    BacktestSettings settings = new BacktestSettings(start.plusMonths(HISTORY - 1), series.end().minusMonths(1),
        BacktestSettings.STANDARD_HORIZONS, SAMPLES, seed);
    return Optional.of(Backtest.run(series, Baselines.all(), settings));
  }

  private static String best(BacktestResult r) {
    StringBuilder b = new StringBuilder("<ul>\n");
    for (int h : r.settings().horizons()) {
      Optional<HorizonScore> best = r.scores().stream().filter(s -> s.horizon() == h && s.n() > 0)
          .min(Comparator.comparingDouble(HorizonScore::crps));
      String line = best.map(s -> String.format(Locale.ROOT, "At %d month%s the best baseline is %s (CRPS %s).", h,
          h == 1 ? "" : "s", s.forecaster(), Html.num(s.crps(), 3)))
          .orElse("At " + h + " months no target month was observed: nothing was scored.");
      b.append("<li>").append(Html.escape(line)).append("</li>\n");
    }
    return b.append("</ul>\n").toString();
  }
}
