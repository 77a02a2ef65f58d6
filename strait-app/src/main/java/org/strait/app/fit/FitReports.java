package org.strait.app.fit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.strait.fit.Ablation;
import org.strait.fit.BacktestResult;
import org.strait.fit.Estimate;
import org.strait.fit.FitResult;
import org.strait.fit.HorizonScore;
import org.strait.fit.Sampling;
import org.strait.fit.Stacking;

/** The backtest report in Markdown and JSON: the fit, every score, the skill per horizon, and the losses in words. */
public final class FitReports {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FitReports() {}

  /** Returns the backtest report as Markdown. */
  public static String backtestMarkdown(FitRun run) {
    StringBuilder b = new StringBuilder();
    b.append("# Backtest: the fitted model against the baselines\n\n");
    warning(b, run.data());
    header(b, run);
    b.append("\n## Fit (training window)\n\n");
    estimates(b, run.fit().estimates());
    b.append(String.format(Locale.ROOT, "%nLog-likelihood: index %.2f, chronicle events %.2f; %d observations; "
        + "%d objective evaluations.%n", run.fit().logLikIndex(), run.fit().logLikEvents(), run.fit().observations(),
        run.fit().evaluations()));
    for (String forecaster : forecasters(run)) {
      b.append("\n## ").append(title(forecaster)).append("\n\n");
      b.append("| horizon |");
      for (String base : Skill.baselines()) {
        b.append(" skill vs ").append(base).append(" |");
      }
      b.append("\n|---|");
      Skill.baselines().forEach(x -> b.append("---|"));
      b.append('\n');
      for (int h : run.backtest().settings().horizons()) {
        b.append("| ").append(h).append(" |");
        for (String base : Skill.baselines()) {
          b.append(' ').append(num(run.backtest().skill(forecaster, base, h).orElse(Double.NaN))).append(" |");
        }
        b.append('\n');
      }
      b.append('\n');
      for (String sentence : Skill.words(run.backtest(), forecaster)) {
        b.append("- ").append(sentence).append('\n');
      }
    }
    stacking(b, run);
    b.append("\n## Scores (mean over origins)\n\n");
    b.append("| forecaster | conditional | h | n | CRPS | IS50 | IS90 | MAE | cover50 | cover90 | bias | rmse | spread"
        + " | PIT (10 bins) |\n");
    b.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (HorizonScore s : run.backtest().scores()) {
      b.append("| ").append(s.forecaster()).append(" | ").append(s.conditional() ? "yes" : "no").append(" | ")
          .append(s.horizon()).append(" | ").append(s.n()).append(" | ").append(num(s.crps())).append(" | ")
          .append(num(s.interval50())).append(" | ").append(num(s.interval90())).append(" | ").append(num(s.mae()))
          .append(" | ").append(num(s.coverage50())).append(" | ").append(num(s.coverage90())).append(" | ")
          .append(num(s.bias())).append(" | ").append(num(s.rmse())).append(" | ").append(num(s.spread()))
          .append(" | ").append(s.pit()).append(" |\n");
    }
    return b.toString();
  }

  /** Returns the backtest report as JSON. */
  public static String backtestJson(FitRun run) {
    ObjectNode root = JSON.createObjectNode();
    meta(root, run);
    root.set("fit", fit(run.fit()));
    root.set("backtest", backtest(run.backtest()));
    ObjectNode words = root.putObject("summary");
    for (String forecaster : forecasters(run)) {
      ArrayNode a = words.putArray(forecaster);
      Skill.words(run.backtest(), forecaster).forEach(a::add);
    }
    if (run.stacks() != null) {
      ObjectNode st = root.putObject("stacking");
      st.put("innerEnd", run.stacks().conditional().innerEnd().toString());
      st.put("origins", run.stacks().conditional().origins());
      for (boolean conditional : new boolean[] {true, false}) {
        Stacking.Weights w = run.stacks().weights(conditional);
        ObjectNode o = st.putObject(conditional ? Ablation.STACK_CONDITIONAL : Ablation.STACK_UNCONDITIONAL);
        for (int h : run.backtest().settings().horizons()) {
          ObjectNode at = o.putObject(String.valueOf(h));
          double[] x = w.at(h);
          for (int k = 0; k < x.length; k++) {
            at.put(w.components().get(k), x[k]);
          }
        }
      }
    }
    return write(root);
  }

  /** Returns the forecasters the report describes: the model's two, then the stacked mixtures when set. */
  static List<String> forecasters(FitRun run) {
    return run.stacks() == null ? List.of(Ablation.CONDITIONAL, Ablation.UNCONDITIONAL)
        : List.of(Ablation.CONDITIONAL, Ablation.UNCONDITIONAL, Ablation.STACK_CONDITIONAL,
            Ablation.STACK_UNCONDITIONAL);
  }

  private static String title(String forecaster) {
    return switch (forecaster) {
      case Ablation.CONDITIONAL -> "Conditional forecasts (told the drivers and the chronicle's dated shocks of the"
          + " forecast months)";
      case Ablation.UNCONDITIONAL -> "Unconditional forecasts (drivers held at the origin, random tests and flares)";
      case Ablation.STACK_CONDITIONAL -> "Stacked conditional forecasts (the conditional model mixed with AR(1) and"
          + " climatology)";
      default -> "Stacked unconditional forecasts (the unconditional model mixed with AR(1) and climatology)";
    };
  }

  /** Writes the stacking weights per horizon and what they say about the model's share. */
  private static void stacking(StringBuilder b, FitRun run) {
    if (run.stacks() == null) {
      b.append("\nNo stacked forecasts: the training window is too short to set their weights (it needs ")
          .append(Stacking.INNER_OBSERVED).append(" observed months after a first ").append(StoreFit.MIN_MONTHS)
          .append(" months).\n");
      return;
    }
    Stacking.Weights c = run.stacks().conditional();
    b.append("\n## Stacking weights\n\n");
    b.append("Set on the training window only: the model fitted up to ").append(c.innerEnd())
        .append(" and the baselines forecast from ").append(c.origins()).append(" origins ").append(c.innerEnd())
        .append("..").append(c.trainEnd().minusMonths(1)).append(" (the training window's last ")
        .append(Stacking.INNER_OBSERVED).append(" observed months); per horizon, the weights with the least mean"
            + " CRPS of the mixture (Yao, Vehtari, Simpson and Gelman 2018). The model's weight is its share of the"
            + " stacked forecast.\n\n");
    b.append("| horizon | conditional: model, ar1, climatology | unconditional: model, ar1, climatology |\n"
        + "|---|---|---|\n");
    for (int h : run.backtest().settings().horizons()) {
      b.append("| ").append(h).append(" | ").append(weights(c.at(h))).append(" | ")
          .append(weights(run.stacks().unconditional().at(h))).append(" |\n");
    }
  }

  private static String weights(double[] w) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < w.length; k++) {
      b.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", w[k]));
    }
    return b.toString();
  }

  /** Writes the run's warning line when it went without the indicator files: the first thing a reader sees. */
  public static void warning(StringBuilder b, FitData data) {
    if (data.withoutIndicators()) {
      b.append("**Warning: ").append(FitData.WITHOUT_INDICATORS).append(".**\n\n");
    }
  }

  static void header(StringBuilder b, FitRun run) {
    b.append("- data span: ").append(run.fit().trainStart()).append(" .. ").append(run.testEnd()).append('\n');
    b.append("- training window: ").append(run.fit().trainStart()).append(" .. ").append(run.fit().trainEnd())
        .append('\n');
    b.append("- test window: ").append(run.fit().trainEnd().plusMonths(1)).append(" .. ").append(run.testEnd())
        .append(" (rolling origins ").append(run.backtest().settings().firstOrigin()).append(" .. ")
        .append(run.backtest().settings().lastOrigin()).append(", ").append(run.backtest().settings().samples())
        .append(" Monte Carlo paths per forecast)\n");
    b.append("- seed: ").append(run.seed()).append("; version: ").append(run.fit().version()).append('\n');
    b.append("- Japan-Korea events in the data: ").append(run.data().events()).append('\n');
    for (String note : run.data().notes()) {
      b.append("- note: ").append(note).append('\n');
    }
    b.append("- intervals: ").append(run.fit().sampling().describe()).append('\n');
  }

  static void estimates(StringBuilder b, List<Estimate> estimates) {
    b.append("| parameter | estimate | 95% interval | sd |\n|---|---|---|---|\n");
    for (Estimate e : estimates) {
      b.append("| ").append(e.name()).append(" | ").append(num(e.value())).append(" | ").append(num(e.lower()))
          .append(" .. ").append(num(e.upper())).append(" | ").append(num(e.sd())).append(" |\n");
    }
  }

  static void meta(ObjectNode root, FitRun run) {
    ObjectNode m = root.putObject("meta");
    if (run.data().withoutIndicators()) {
      m.put("warning", FitData.WITHOUT_INDICATORS);
    }
    m.put("dataStart", run.fit().trainStart().toString());
    m.put("dataEnd", run.testEnd().toString());
    m.put("trainStart", run.fit().trainStart().toString());
    m.put("trainEnd", run.fit().trainEnd().toString());
    m.put("testStart", run.fit().trainEnd().plusMonths(1).toString());
    m.put("testEnd", run.testEnd().toString());
    m.put("seed", run.seed());
    m.put("version", run.fit().version());
    m.put("events", run.data().events());
    m.put("intervals", run.fit().sampling().describe());
    putSampling(m, run.fit().sampling());
    ArrayNode notes = m.putArray("notes");
    run.data().notes().forEach(notes::add);
  }

  static ObjectNode fit(FitResult fit) {
    ObjectNode f = JSON.createObjectNode();
    f.put("logLikIndex", fit.logLikIndex());
    f.put("logLikEvents", fit.logLikEvents());
    f.put("observations", fit.observations());
    f.put("evaluations", fit.evaluations());
    ObjectNode est = f.putObject("estimates");
    for (Estimate e : fit.estimates()) {
      ObjectNode o = est.putObject(e.name());
      o.put("estimate", e.value());
      o.put("lower", e.lower());
      o.put("upper", e.upper());
      putNumber(o, "sd", e.sd());
    }
    return f;
  }

  static ArrayNode backtest(BacktestResult r) {
    ArrayNode a = JSON.createArrayNode();
    for (HorizonScore s : r.scores()) {
      ObjectNode o = a.addObject();
      o.put("forecaster", s.forecaster());
      o.put("conditional", s.conditional());
      o.put("horizon", s.horizon());
      o.put("n", s.n());
      putNumber(o, "crps", s.crps());
      putNumber(o, "interval50", s.interval50());
      putNumber(o, "interval90", s.interval90());
      putNumber(o, "mae", s.mae());
      putNumber(o, "coverage50", s.coverage50());
      putNumber(o, "coverage90", s.coverage90());
      putNumber(o, "bias", s.bias());
      putNumber(o, "rmse", s.rmse());
      putNumber(o, "spread", s.spread());
      ArrayNode pit = o.putArray("pit");
      s.pit().forEach(pit::add);
      if (!Skill.baselines().contains(s.forecaster())) {
        ObjectNode skill = o.putObject("skill");
        for (String base : Skill.baselines()) {
          putNumber(skill, base, r.skill(s.forecaster(), base, s.horizon()).orElse(Double.NaN));
        }
      }
    }
    return a;
  }

  /** Puts the sampler's record {@code s} into {@code m} as the object {@code sampling}. */
  public static void putSampling(ObjectNode m, Sampling s) {
    ObjectNode o = m.putObject("sampling");
    o.put("method", s.method());
    o.put("worst", s.worst());
    o.put("chains", s.chains());
    o.put("burnIn", s.burnIn());
    o.put("draws", s.draws());
    putNumber(o, "acceptance", s.acceptance());
    putNumber(o, "maxRhat", s.maxRhat());
    putNumber(o, "minEss", s.minEss());
    o.put("converged", s.converged());
    o.put("seed", s.seed());
  }

  /** Puts {@code v} into {@code o} as {@code name}, null when it is not finite. */
  public static void putNumber(ObjectNode o, String name, double v) {
    if (Double.isFinite(v)) {
      o.put(name, v);
    } else {
      o.putNull(name);
    }
  }

  static String write(ObjectNode root) {
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON", e);
    }
  }

  static String num(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "n/a";
  }
}
