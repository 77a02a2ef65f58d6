package org.strait.app.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.exception.MathRuntimeException;
import org.strait.app.fit.FitData;
import org.strait.app.fit.VerdictReports;
import org.strait.store.StoreReader;
import org.strait.fit.Ablation;
import org.strait.fit.BacktestResult;
import org.strait.fit.Baselines;
import org.strait.fit.Estimate;
import org.strait.fit.Forecaster;
import org.strait.fit.HorizonScore;
import org.strait.fit.Verdict;
import org.strait.fit.VerdictTable;
import org.strait.model.mechanism.Mechanisms;

/**
 * The verdict and backtest section: the model fitted on a training window (the months before the last
 * {@link #TEST_MONTHS}), every seed claim judged by {@link Ablation}, and the fitted model's rolling-origin backtest
 * on the test window against the three baselines, with the skill per horizon and each loss said in words.
 */
final class FitSection {
  /** The longest test window, in months (the last three years, as {@code strait verdicts} by default). */
  static final int TEST_MONTHS = 36;
  /** The shortest training window the calibration accepts, in months. */
  static final int MIN_TRAIN = 24;

  private FitSection() {}

  /** Returns the section's HTML for the index months {@code first..last}. */
  static String html(StoreReader store, YearMonth first, YearMonth last, ReportSettings settings) {
    StringBuilder b = new StringBuilder(Html.h(2, "verdicts", "Verdicts on the seeds' claims"));
    if (!settings.verdicts()) {
      return b.append(Html.p("Left out of this report on request: no calibration, no verdicts."))
          .append(Html.h(2, "backtest", "Backtest against the baselines"))
          .append(Html.p("Left out of this report on request.")).toString();
    }
    int months = (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
    int test = Math.min(TEST_MONTHS, months - MIN_TRAIN);
    if (test < 2) {
      b.append(Html.p("The index spans " + months + " months: too few to fit the model on " + MIN_TRAIN
          + " months and test it on at least 2 more, so there are no verdicts."));
      return b.append(Html.h(2, "backtest", "Backtest against the baselines"))
          .append(Html.p("No backtest: the index is too short (see above).")).toString();
    }
    YearMonth trainEnd = last.minusMonths(test);
    int samples = samples(settings);
    VerdictTable t;
    try {
      FitData data = FitData.fromStore(store, first, last, trainEnd);
      t = Ablation.run(data.input(), trainEnd, last, samples, settings.seed(), line -> { });
    } catch (MathRuntimeException e) {
      b.append(Html.p("The calibration on " + first + ".." + trainEnd + " failed (" + e.getMessage()
          + "), so there are no verdicts."));
      return b.append(Html.h(2, "backtest", "Backtest against the baselines"))
          .append(Html.p("No backtest: the calibration failed (see above).")).toString();
    }
    b.append(Html.p(String.format(Locale.ROOT, "The model is fitted on %s..%s and judged on %s..%s (the fit never "
        + "sees the test months); each mechanism is refitted without itself to measure what it adds; %d sample "
        + "paths per forecast; seed %d; strait %s. The rule: %s.", first, trainEnd, trainEnd.plusMonths(1), last,
        samples, t.seed(), t.version(), VerdictReports.RULE)));
    List<List<Object>> rows = new ArrayList<>();
    for (Verdict v : t.verdicts()) {
      Estimate e = v.estimate();
      rows.add(List.of(v.claim().label() + " " + Mechanisms.spec(v.claim().mechanism()).title(), v.claim().source(), e.name(),
          e.value(), Html.num(e.lower(), 3) + " to " + Html.num(e.upper(), 3), v.claim().sign() > 0 ? "+" : "−",
          v.agreement(), v.outcome().words(), v.reason()));
    }
    b.append(Html.table(List.of("claim", "source", "parameter", "estimate", "95% interval", "predicted sign",
        "data", "verdict", "reason"), rows, 3));
    return b.append(backtest(t.backtest(), t.seed())).toString();
  }

  /** Returns the Monte Carlo paths per forecast: the report's runs, at most 500 (as {@code strait backtest}). */
  static int samples(ReportSettings settings) {
    return Math.max(10, Math.min(500, settings.runs()));
  }

  private static String backtest(BacktestResult r, long seed) {
    StringBuilder b = new StringBuilder(Html.h(2, "backtest", "Backtest against the baselines"));
    b.append(Html.p(String.format(Locale.ROOT, "Rolling origins %s..%s on the observed index (data %s..%s); seed "
        + "%d (its stream 1); strait %s. Conditional forecasts are told the drivers and the chronicle's dated "
        + "shocks of the forecast months, unconditional ones are not. Skill is 1 − CRPS / CRPS of the baseline: "
        + "below 0 the model loses to the baseline.", r.settings().firstOrigin(), r.settings().lastOrigin(), r.dataStart(),
        r.dataEnd(), seed, r.version())));
    List<String> baselines = Baselines.all().stream().map(Forecaster::name).toList();
    List<String> header = new ArrayList<>(List.of("horizon (months)", "forecaster"));
    baselines.forEach(x -> header.add("skill vs " + x));
    List<List<Object>> rows = new ArrayList<>();
    for (int h : r.settings().horizons()) {
      for (String f : List.of(Ablation.CONDITIONAL, Ablation.UNCONDITIONAL)) {
        List<Object> row = new ArrayList<>(List.of(h, f));
        baselines.forEach(x -> row.add(r.skill(f, x, h).orElse(Double.NaN)));
        rows.add(row);
      }
    }
    b.append(Html.table(header, rows, 3)).append("<ul>\n");
    for (String f : List.of(Ablation.CONDITIONAL, Ablation.UNCONDITIONAL)) {
      for (String x : baselines) {
        b.append("<li>").append(Html.escape(words(r, f, x))).append("</li>\n");
      }
    }
    b.append("</ul>\n");
    List<List<Object>> scores = new ArrayList<>();
    for (HorizonScore s : r.scores()) {
      scores.add(List.of(s.horizon(), s.forecaster(), s.n(), s.crps(), s.interval90(), s.coverage90(), s.mae()));
    }
    b.append(Html.h(3, "scores", "Scores (mean over origins; lower is better except coverage)"));
    return b.append(Html.table(List.of("horizon (months)", "forecaster", "forecasts scored", "CRPS",
        "interval score 90%", "coverage 90%", "MAE of median"), scores, 3)).toString();
  }

  /** Returns one sentence on {@code forecaster} against {@code baseline}: the horizons where it loses and wins. */
  static String words(BacktestResult r, String forecaster, String baseline) {
    List<String> losses = new ArrayList<>();
    List<String> wins = new ArrayList<>();
    for (int h : r.settings().horizons()) {
      r.skill(forecaster, baseline, h).filter(Double::isFinite).ifPresent(s -> (s < 0 ? losses : wins)
          .add(h + " (" + String.format(Locale.ROOT, "%+.3f", s) + ")"));
    }
    String who = "The " + forecaster + " against " + baseline;
    if (losses.isEmpty() && wins.isEmpty()) {
      return who + ": nothing scored (no observed target month).";
    }
    if (wins.isEmpty()) {
      return who + ": loses at every horizon, " + String.join(", ", losses) + "; the baseline forecasts better.";
    }
    if (losses.isEmpty()) {
      return who + ": wins at every horizon, " + String.join(", ", wins) + ".";
    }
    return who + ": loses at horizon" + (losses.size() > 1 ? "s " : " ") + String.join(", ", losses)
        + " and wins at " + String.join(", ", wins) + ".";
  }
}
