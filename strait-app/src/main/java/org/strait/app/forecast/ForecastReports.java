package org.strait.app.forecast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strait.app.fit.FitReports;
import org.strait.app.fit.FitRun;
import org.strait.app.fit.Skill;
import org.strait.fit.Ablation;
import org.strait.fit.BacktestResult;
import org.strait.fit.Estimate;
import org.strait.fit.FitResult;
import org.strait.model.ensemble.EnsembleResult;

/**
 * The forecast report in Markdown and JSON: span, window, seed and version, the sampler, what "unconditional" and
 * the index's noise mean, the quantiles at months 1, 3, 6, 12 and 24, and the model's backtest skill against each
 * baseline in words (losses said as losses).
 */
public final class ForecastReports {
  /** The months whose quantiles the report tabulates (those within the forecast). */
  public static final List<Integer> REPORTED_MONTHS = List.of(1, 3, 6, 12, 24);
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ForecastReports() {}

  /**
   * Returns the report as Markdown.
   *
   * @param dataSpan the first and last month the store holds events in
   * @param files the files written beside it
   */
  public static String markdown(ForecastRun run, YearMonth[] dataSpan, List<Path> files) {
    FitResult fit = run.fit().fit();
    StringBuilder b = new StringBuilder();
    b.append("# Forecast of the Japan-Korea index from ").append(run.origin()).append("\n\n");
    org.strait.app.fit.FitReports.warning(b, run.fit().data());
    b.append("- data span: ").append(dataSpan[0]).append(" .. ").append(dataSpan[1]).append('\n');
    b.append("- training window: ").append(fit.trainStart()).append(" .. ").append(fit.trainEnd()).append('\n');
    EnsembleResult first = run.fans().get(0);
    b.append("- forecast: ").append(first.month(0)).append(" .. ").append(first.month(first.months() - 1))
        .append(" (").append(first.months()).append(" months), ").append(run.samples())
        .append(" paths per forecaster\n");
    b.append("- seed: ").append(run.seed()).append("; version: ").append(first.version()).append('\n');
    b.append("- intervals: ").append(fit.sampling().describe()).append('\n');
    for (String note : run.fit().data().notes()) {
      b.append("- note: ").append(note).append('\n');
    }
    for (Path f : files) {
      b.append("- wrote: ").append(f).append('\n');
    }
    b.append("\n").append(unconditional(run)).append("\n\n").append(noise(run)).append("\n\n");
    b.append(headline(run)).append("\n\n## Quantiles\n\n");
    b.append("| forecaster | month | h | 5% | 25% | 50% | 75% | 95% |\n|---|---|---|---|---|---|---|---|\n");
    for (EnsembleResult fan : run.fans()) {
      for (int h : reported(fan)) {
        b.append("| ").append(fan.scenarioId()).append(" | ").append(fan.month(h - 1)).append(" | ").append(h);
        for (int l = 0; l < ForecastRun.LEVELS.length; l++) {
          b.append(" | ").append(num(fan.quantile(l, h - 1)));
        }
        b.append(" |\n");
      }
    }
    b.append("\n## How good the model has been\n\n");
    FitRun bt = run.backtest();
    if (bt == null) {
      b.append(noBacktest(run)).append('\n');
      return b.toString();
    }
    b.append(backtestIntro(bt)).append("\n\n| horizon |");
    Skill.baselines().forEach(base -> b.append(" skill vs ").append(base).append(" |"));
    b.append("\n|---|");
    Skill.baselines().forEach(base -> b.append("---|"));
    b.append('\n');
    for (int h : bt.backtest().settings().horizons()) {
      b.append("| ").append(h).append(" |");
      for (String base : Skill.baselines()) {
        b.append(' ').append(num(skill(bt.backtest(), base, h))).append(" |");
      }
      b.append('\n');
    }
    b.append('\n');
    for (String sentence : Skill.words(bt.backtest(), Ablation.UNCONDITIONAL)) {
      b.append("- ").append(sentence).append('\n');
    }
    b.append('\n').append(verdict(bt.backtest())).append('\n');
    return b.toString();
  }

  /** Returns the report as JSON (same content as {@link #markdown}). */
  public static String json(ForecastRun run, YearMonth[] dataSpan, List<Path> files) {
    FitResult fit = run.fit().fit();
    ObjectNode root = JSON.createObjectNode();
    ObjectNode m = root.putObject("meta");
    if (run.fit().data().withoutIndicators()) {
      m.put("warning", org.strait.app.fit.FitData.WITHOUT_INDICATORS);
    }
    m.put("dataStart", dataSpan[0].toString());
    m.put("dataEnd", dataSpan[1].toString());
    m.put("trainStart", fit.trainStart().toString());
    m.put("trainEnd", fit.trainEnd().toString());
    m.put("origin", run.origin().toString());
    m.put("months", run.fans().get(0).months());
    m.put("samples", run.samples());
    m.put("seed", run.seed());
    m.put("version", run.fans().get(0).version());
    m.put("events", run.fit().data().events());
    m.put("unconditional", true);
    m.put("intervals", fit.sampling().describe());
    FitReports.putSampling(m, fit.sampling());
    ArrayNode notes = m.putArray("notes");
    run.fit().data().notes().forEach(notes::add);
    ArrayNode written = m.putArray("files");
    files.forEach(f -> written.add(f.toString()));
    ObjectNode words = root.putObject("statements");
    words.put("unconditional", unconditional(run));
    words.put("noise", noise(run));
    words.put("headline", headline(run));
    ObjectNode noise = root.putObject("noise");
    estimate(noise, "obs.noise", fit);
    estimate(noise, "obs.floor", fit);
    estimate(noise, "core.noise", fit);
    ArrayNode q = root.putArray("quantiles");
    for (EnsembleResult fan : run.fans()) {
      for (int h : reported(fan)) {
        ObjectNode row = q.addObject();
        row.put("forecaster", fan.scenarioId());
        row.put("month", fan.month(h - 1).toString());
        row.put("horizon", h);
        for (int l = 0; l < ForecastRun.LEVELS.length; l++) {
          row.put(String.format(Locale.ROOT, "p%02d", Math.round(ForecastRun.LEVELS[l] * 100)), fan.quantile(l, h - 1));
        }
      }
    }
    FitRun bt = run.backtest();
    if (bt == null) {
      root.putNull("backtest");
      words.put("backtest", noBacktest(run));
    } else {
      ObjectNode o = root.putObject("backtest");
      o.put("trainStart", bt.fit().trainStart().toString());
      o.put("trainEnd", bt.fit().trainEnd().toString());
      o.put("testStart", bt.fit().trainEnd().plusMonths(1).toString());
      o.put("testEnd", bt.testEnd().toString());
      o.put("forecaster", Ablation.UNCONDITIONAL);
      o.put("samples", bt.backtest().settings().samples());
      o.put("intervals", bt.fit().sampling().describe());
      ObjectNode skill = o.putObject("skill");
      for (String base : Skill.baselines()) {
        ObjectNode perBase = skill.putObject(base);
        for (int h : bt.backtest().settings().horizons()) {
          FitReports.putNumber(perBase, Integer.toString(h), skill(bt.backtest(), base, h));
        }
      }
      ArrayNode summary = o.putArray("summary");
      Skill.words(bt.backtest(), Ablation.UNCONDITIONAL).forEach(summary::add);
      words.put("backtest", backtestIntro(bt) + " " + verdict(bt.backtest()));
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the forecast report as JSON", e);
    }
  }

  /** Says what the unconditional forecast assumes. */
  public static String unconditional(ForecastRun run) {
    return "This forecast is unconditional: it reads nothing after " + run.origin() + ". The drivers are held at "
        + "their " + run.origin() + " values (the months since each inauguration still count up), North Korean "
        + "tests and issue flares are drawn at their fitted rates, and the fan carries the parameters' posterior "
        + "uncertainty. No event of the forecast months is assumed; for that, run a scenario (strait simulate --fit).";
  }

  /** Says how noisy the index is: events a month and the fit's observation and process noise. */
  public static String noise(ForecastRun run) {
    FitResult fit = run.fit().fit();
    long months = fit.trainStart().until(fit.trainEnd(), ChronoUnit.MONTHS) + 1;
    double perMonth = (double) run.fit().data().events() / months;
    Estimate obs = fit.estimate("obs.noise").orElseThrow();
    Estimate floor = fit.estimate("obs.floor").orElse(null);
    String floorWords = floor == null ? "" : String.format(Locale.ROOT, " plus %.2f that does not shrink with the "
        + "count (95%% interval %.2f..%.2f)", floor.value(), floor.lower(), floor.upper());
    Estimate core = fit.estimate("core.noise").orElse(null);
    String process = core == null ? "" : String.format(Locale.ROOT, ", against a process noise of %.2f a month (95%%"
        + " interval %.2f..%.2f)", core.value(), core.lower(), core.upper());
    String reading = core != null && core.value() >= obs.value() ? "Here the process noise is the larger: most of "
        + "the index's month-to-month movement is the relation's own, not sampling noise." : "Much of the index's "
        + "month-to-month movement is sampling noise, so every fan, the model's and the baselines', is wide.";
    return String.format(Locale.ROOT, "The index is sampling-noisy: about %.0f Japan-Korea events a month stand "
        + "behind it (%,d in %d months), and the fit puts its observation noise at %.2f index points in a month of "
        + "average count (95%% interval %.2f..%.2f)%s%s. %s", perMonth, run.fit().data().events(), months,
        obs.value(), obs.lower(), obs.upper(), floorWords, process, reading);
  }

  /** Compares the model's and AR(1)'s median and 90 % band at 12 months (or the last month when sooner). */
  public static String headline(ForecastRun run) {
    EnsembleResult model = run.fan(Ablation.UNCONDITIONAL);
    EnsembleResult ar1 = run.fan("ar1");
    int t = Math.min(12, model.months()) - 1;
    return String.format(Locale.ROOT, "At %d month%s (%s): the model's median %.2f, 90%% band %.2f..%.2f; the AR(1)"
        + " baseline's median %.2f, 90%% band %.2f..%.2f.", t + 1, t == 0 ? "" : "s", model.month(t),
        model.quantile(2, t), model.quantile(0, t), model.quantile(4, t), ar1.quantile(2, t), ar1.quantile(0, t),
        ar1.quantile(4, t));
  }

  /** Says why no backtest was run, and what that leaves unknown. */
  public static String noBacktest(ForecastRun run) {
    FitResult fit = run.fit().fit();
    long months = fit.trainStart().until(fit.trainEnd(), ChronoUnit.MONTHS) + 1;
    return String.format(Locale.ROOT, "Not backtested: the training window holds %d months, and a backtest on its "
        + "last %d needs at least %d (%d to fit, %d to test). The model's skill against the baselines is unknown "
        + "here; do not read its fan as better than theirs.", months, ForecastRun.BACKTEST_MONTHS,
        ForecastRun.backtestMinimum(), ForecastRun.backtestMinimum() - ForecastRun.BACKTEST_MONTHS,
        ForecastRun.BACKTEST_MONTHS);
  }

  /** Says what the backtest scored: windows, origins, score and skill. */
  public static String backtestIntro(FitRun bt) {
    return "Rolling-origin backtest of the unconditional model on the training window's last "
        + ForecastRun.BACKTEST_MONTHS + " months (" + bt.fit().trainEnd().plusMonths(1) + ".." + bt.testEnd()
        + "): fitted on " + bt.fit().trainStart() + ".." + bt.fit().trainEnd() + ", forecasts from every origin "
        + bt.backtest().settings().firstOrigin() + ".." + bt.backtest().settings().lastOrigin() + " (each, as in "
        + "strait backtest, on 50 posterior draws of the parameters) scored by CRPS; "
        + "skill = 1 - CRPS(model) / CRPS(baseline), below zero when the baseline forecast better.";
  }

  /** Names, in one sentence, the baselines the model lost to on average over the horizons. */
  public static String verdict(BacktestResult r) {
    List<String> lost = new ArrayList<>();
    List<String> beat = new ArrayList<>();
    for (String base : Skill.baselines()) {
      double mean = r.settings().horizons().stream().mapToDouble(h -> skill(r, base, h)).filter(Double::isFinite)
          .average().orElse(Double.NaN);
      if (mean < 0) {
        lost.add(base);
      } else if (mean >= 0) {
        beat.add(base);
      }
    }
    if (lost.isEmpty() && beat.isEmpty()) {
      return "The backtest scored no forecast (no observed target month): the model's skill is unknown.";
    }
    if (lost.isEmpty()) {
      return "On these months the model forecast better than every baseline on average over the horizons.";
    }
    return "On these months the model forecast WORSE than " + String.join(", ", lost) + " on average over the "
        + "horizons" + (beat.isEmpty() ? "" : " (and better than " + String.join(", ", beat) + ")") + ": read its "
        + "fan next to theirs, not instead of them.";
  }

  /** Returns the unconditional model's CRPS skill against {@code baseline} at horizon {@code h}, NaN if none. */
  public static double skill(BacktestResult r, String baseline, int h) {
    return r.skill(Ablation.UNCONDITIONAL, baseline, h).orElse(Double.NaN);
  }

  /** Returns the months of {@link #REPORTED_MONTHS} that {@code fan} reaches, in order. */
  public static List<Integer> reported(EnsembleResult fan) {
    return REPORTED_MONTHS.stream().filter(h -> h <= fan.months()).toList();
  }

  private static void estimate(ObjectNode o, String name, FitResult fit) {
    fit.estimate(name).ifPresent(e -> {
      ObjectNode n = o.putObject(name);
      n.put("estimate", e.value());
      n.put("lower", e.lower());
      n.put("upper", e.upper());
    });
  }

  private static String num(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "n/a";
  }
}
