package org.strait.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.exception.MathRuntimeException;
import org.strait.app.Defaults;
import org.strait.app.ForecastService;
import org.strait.core.Progress;
import org.strait.app.StoreSpan;
import org.strait.app.Window;
import org.strait.app.fit.FitRun;
import org.strait.store.StoreReader;
import org.strait.app.fit.Skill;
import org.strait.app.fit.StoreFit;
import org.strait.app.forecast.ForecastChart;
import org.strait.app.forecast.ForecastReports;
import org.strait.app.forecast.ForecastRun;
import org.strait.fit.Ablation;
import org.strait.model.ensemble.EnsembleResult;

/**
 * The forecast section: {@code strait forecast}'s run on every month the store holds events in, with the report's
 * seed and {@link ForecastRun#samplesFor} its runs paths per forecaster (so {@code strait forecast --seed S --samples
 * N} gives the same numbers): the fan chart, the model's and AR(1)'s median and 90 % band at months 1, 3, 6, 12 and
 * 24, the index's noise, and the model's backtest skill against each baseline in numbers and words.
 */
final class ForecastSection {
  private ForecastSection() {}

  /** Returns the section's HTML; {@code work} is a folder for the chart file. */
  static String html(StoreReader store, ReportSettings settings, Path work) {
    StringBuilder b = new StringBuilder(heading());
    if (!settings.forecast()) {
      return b.append(Html.p("Left out of this report on request: no forecast.")).toString();
    }
    Window span = StoreSpan.of(store);
    long months = span.months();
    if (months < StoreFit.MIN_MONTHS) {
      return b.append(Html.p("The store's data span " + span + " holds " + months + " month"
          + (months == 1 ? "" : "s") + "; the model's fit needs at least " + StoreFit.MIN_MONTHS + ", so there is"
          + " no forecast.")).toString();
    }
    ForecastRun run;
    try {
      run = ForecastService.run(store, span, Defaults.FORECAST_MONTHS, ForecastRun.samplesFor(settings.runs()),
          settings.seed(), settings.threads(), false, Progress.NONE);
    } catch (MathRuntimeException e) {
      return b.append(Html.p("The calibration for the forecast failed (" + e.getMessage() + "), so there is no "
          + "forecast.")).toString();
    }
    EnsembleResult model = run.fan(Ablation.UNCONDITIONAL);
    EnsembleResult ar1 = run.fan("ar1");
    String forecastSpan = model.month(0) + ".." + model.month(model.months() - 1);
    b.append(Html.p(String.format(Locale.ROOT, "The model fitted on %s..%s (every month the store holds events in) "
        + "forecasts the Japan–South Korea index for %s from its last month, %d paths per forecaster; seed %d; strait "
        + "%s; %s. The same as strait forecast --seed %d --samples %d.", run.fit().fit().trainStart(), run.origin(),
        forecastSpan, run.samples(), run.seed(), model.version(), run.fit().fit().sampling().describe(), run.seed(),
        run.samples())));
    b.append(Html.p(ForecastReports.unconditional(run)));
    b.append(Figures.embed(ForecastChart.write(run, folder(work)), "Forecast of the JPN-KOR index from "
        + run.origin() + ": the model's fan (5–95% and 25–75%), AR(1)'s median and 90% band, the last "
        + ForecastChart.OBSERVED_MONTHS + " observed months", span + ", forecast " + forecastSpan,
        run.seed(), model.version()));
    List<List<Object>> rows = new ArrayList<>();
    for (int h : ForecastReports.reported(model)) {
      int t = h - 1;
      rows.add(List.of(model.month(t).toString(), h, model.quantile(2, t), band(model, t), ar1.quantile(2, t),
          band(ar1, t)));
    }
    b.append(Html.table(List.of("month", "months ahead", "model median", "model 90% band", "AR(1) median",
        "AR(1) 90% band"), rows, 2));
    b.append(Html.p(ForecastReports.noise(run)));
    return b.append(skill(run)).toString();
  }

  /** Returns the section's heading. */
  static String heading() {
    return Html.h(2, "forecast", "Forecast");
  }

  /** Returns the backtest part: the skill per horizon against each baseline, its sentences and its verdict. */
  private static String skill(ForecastRun run) {
    StringBuilder b = new StringBuilder(Html.h(3, "forecast-skill", "How good the model has been"));
    FitRun bt = run.backtest();
    if (bt == null) {
      return b.append(Html.p(ForecastReports.noBacktest(run))).toString();
    }
    b.append(Html.p(ForecastReports.backtestIntro(bt)));
    List<String> header = new ArrayList<>(List.of("months ahead"));
    Skill.baselines().forEach(base -> header.add("skill vs " + base));
    List<List<Object>> rows = new ArrayList<>();
    for (int h : bt.backtest().settings().horizons()) {
      List<Object> row = new ArrayList<>(List.of(h));
      Skill.baselines().forEach(base -> row.add(ForecastReports.skill(bt.backtest(), base, h)));
      rows.add(row);
    }
    b.append(Html.table(header, rows, 3)).append("<ul>\n");
    for (String sentence : Skill.words(bt.backtest(), Ablation.UNCONDITIONAL)) {
      b.append("<li>").append(Html.escape(sentence)).append("</li>\n");
    }
    return b.append("</ul>\n").append(Html.p(ForecastReports.verdict(bt.backtest()))).toString();
  }

  private static String band(EnsembleResult fan, int t) {
    return Html.num(fan.quantile(0, t), 2) + " to " + Html.num(fan.quantile(4, t), 2);
  }

  private static Path folder(Path work) {
    Path dir = work.resolve("forecast");
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
  }
}
