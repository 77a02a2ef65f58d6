package org.strait.app.fit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strait.fit.Ablation;
import org.strait.fit.Estimate;
import org.strait.fit.FitSpace;
import org.strait.fit.Verdict;
import org.strait.fit.VerdictRule;
import org.strait.fit.VerdictTable;
import org.strait.model.MechanismId;
import org.strait.model.mechanism.Mechanisms;

/** The verdict table in Markdown, HTML and JSON (keyed by mechanism id, "M1" … "M12"). */
public final class VerdictReports {
  /** The verdict rule in words, as every report states it. */
  public static final String RULE = "a mechanism helps when it improves the one-month-ahead predictions of the"
      + " test window by leave-future-out cross-validation: elpd with it minus without it > "
      + VerdictRule.SE_MULTIPLE + " combined standard errors √(SE² + MCSE²), the SE over the forecast origins and"
      + " the Monte Carlo SE of the refits' posterior draws; supported when it helps and the"
      + " posterior puts at least " + VerdictRule.SIGN_PROBABILITY + " on the claim's sign (or the parameter has one"
      + " sign only: M6, M7, M8, M9, M11); contradicted when it helps and the posterior puts at most "
      + String.format(Locale.ROOT, "%.2f", 1 - VerdictRule.SIGN_PROBABILITY) + " on it; otherwise not"
      + " distinguishable from noise, with the smallest effect that simulated records like this one show with"
      + " probability 0.8 (docs/fit.md)";

  private VerdictReports() {}

  /** Returns the table as Markdown. */
  public static String markdown(VerdictTable t, FitData data) {
    StringBuilder b = new StringBuilder("# Verdicts: the seeds' claims against the data\n\n");
    FitReports.warning(b, data);
    FitReports.header(b, run(t, data));
    b.append("- rule: ").append(RULE).append("\n\n");
    b.append("| claim | source | parameter | estimate | 95% interval | predicted | P(predicted sign) | elpd with −"
        + " without (SE, MC SE) | smallest detectable | Δskill if removed (h1, h3, h6, h12) | sd/prior sd | verdict |\n"
        + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Verdict v : t.verdicts()) {
      Estimate e = v.estimate();
      b.append("| ").append(v.claim().label()).append(" ").append(Mechanisms.spec(v.claim().mechanism()).title()).append(" | ")
          .append(v.claim().source()).append(" | ").append(e.name()).append(" | ").append(FitReports.num(e.value()))
          .append(" | ").append(FitReports.num(e.lower())).append(" .. ").append(FitReports.num(e.upper()))
          .append(" | ").append(v.claim().sign() > 0 ? "+" : "−").append(" | ").append(probability(v)).append(" | ")
          .append(elpd(v)).append(" | ").append(detectable(v)).append(" | ")
          .append(changes(v.skillChange())).append(" | ")
          .append(FitReports.num(v.priorRatio())).append(" | **")
          .append(v.outcome().words()).append("** |\n");
    }
    b.append("\nReasons:\n\n");
    for (Verdict v : t.verdicts()) {
      b.append("- ").append(v.claim().label()).append(" (").append(v.claim().prediction()).append("): ")
          .append(v.outcome().words()).append(", ").append(v.reason()).append(".\n");
    }
    b.append("\n## Full model against the baselines (test window)\n\n");
    for (String f : List.of(Ablation.CONDITIONAL, Ablation.UNCONDITIONAL)) {
      for (String s : Skill.words(t.backtest(), f)) {
        b.append("- ").append(s).append('\n');
      }
    }
    b.append("\n## Full fit\n\n");
    FitReports.estimates(b, t.full().estimates());
    return b.toString();
  }

  /** Returns the table as a standalone HTML page. */
  public static String html(VerdictTable t, FitData data) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>strait verdicts</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:"
        + "collapse}td,th{border:1px solid #999;padding:4px 8px;text-align:left}</style></head><body>\n");
    b.append("<h1>Verdicts: the seeds' claims against the data</h1>\n");
    if (data.withoutIndicators()) {
      b.append("<p><b>Warning: ").append(esc(FitData.WITHOUT_INDICATORS)).append(".</b></p>\n");
    }
    b.append("<ul>\n");
    StringBuilder header = new StringBuilder();
    FitReports.header(header, run(t, data));
    for (String line : header.toString().split("\n")) {
      b.append("<li>").append(esc(line.substring(2))).append("</li>\n");
    }
    b.append("<li>rule: ").append(esc(RULE)).append("</li>\n</ul>\n<table>\n<tr><th>claim</th><th>source</th>"
        + "<th>parameter</th><th>estimate</th><th>95% interval</th><th>predicted</th><th>P(predicted sign)</th>"
        + "<th>elpd with − without (SE, MC SE)</th><th>smallest detectable</th><th>Δskill if removed (h1, h3, h6, h12)</th>"
        + "<th>sd/prior sd</th><th>verdict</th><th>reason</th></tr>\n");
    for (Verdict v : t.verdicts()) {
      Estimate e = v.estimate();
      b.append("<tr><td>").append(esc(v.claim().label() + " " + Mechanisms.spec(v.claim().mechanism()).title())).append("</td><td>")
          .append(esc(v.claim().source())).append("</td><td>").append(esc(e.name())).append("</td><td>")
          .append(FitReports.num(e.value())).append("</td><td>").append(FitReports.num(e.lower())).append(" .. ")
          .append(FitReports.num(e.upper())).append("</td><td>").append(v.claim().sign() > 0 ? "+" : "−")
          .append("</td><td>").append(probability(v)).append("</td><td>").append(esc(elpd(v))).append("</td><td>")
          .append(esc(detectable(v))).append("</td><td>").append(changes(v.skillChange())).append("</td><td>")
          .append(FitReports.num(v.priorRatio())).append("</td><td><b>")
          .append(esc(v.outcome().words())).append("</b></td><td>").append(esc(v.reason())).append("</td></tr>\n");
    }
    b.append("</table>\n<h2>Full model against the baselines</h2>\n<ul>\n");
    for (String f : List.of(Ablation.CONDITIONAL, Ablation.UNCONDITIONAL)) {
      for (String s : Skill.words(t.backtest(), f)) {
        b.append("<li>").append(esc(s)).append("</li>\n");
      }
    }
    return b.append("</ul>\n</body></html>\n").toString();
  }

  /** Returns the table as JSON: {@code meta}, then one object per mechanism keyed "M1" … "M12". */
  public static String json(VerdictTable t, FitData data) {
    ObjectNode root = FitReports.JSON.createObjectNode();
    FitReports.meta(root, run(t, data));
    ((ObjectNode) root.get("meta")).put("rule", RULE);
    ObjectNode mechanisms = root.putObject("mechanisms");
    for (MechanismId id : MechanismId.values()) {
      ObjectNode m = mechanisms.putObject(id.name());
      m.put("title", Mechanisms.spec(id).title());
      Estimate e = t.full().key(id).orElseThrow();
      m.put("parameter", FitSpace.key(id));
      m.put("estimate", e.value());
      m.put("lower", e.lower());
      m.put("upper", e.upper());
      FitReports.putNumber(m, "sd", e.sd());
      Verdict first = t.verdicts().stream().filter(v -> v.claim().mechanism() == id).findFirst().orElseThrow();
      FitReports.putNumber(m, "elpdDiff", first.elpdDiff());
      FitReports.putNumber(m, "elpdSe", first.elpdSe());
      FitReports.putNumber(m, "elpdMcse", first.elpdMcse());
      FitReports.putNumber(m, "signProbability", first.signProbability());
      FitReports.putNumber(m, "detectable", first.detectable());
      ArrayNode claims = m.putArray("claims");
      for (Verdict v : t.verdicts()) {
        if (v.claim().mechanism() != id) {
          continue;
        }
        ObjectNode c = claims.addObject();
        c.put("label", v.claim().label());
        c.put("source", v.claim().source());
        c.put("predictedSign", v.claim().sign());
        c.put("prediction", v.claim().prediction());
        c.put("agreement", v.agreement());
        FitReports.putNumber(c, "signProbability", v.signProbability());
        c.put("verdict", v.outcome().words());
        c.put("reason", v.reason());
        ObjectNode skill = c.putObject("skillChangeWhenRemoved");
        putMap(skill.putObject("conditional"), v.skillChange());
        putMap(skill.putObject("unconditional"), v.skillChangeUnconditional());
        FitReports.putNumber(skill, "meanConditional", v.meanSkillChange());
        FitReports.putNumber(c, "logLikChange", v.logLikChange());
        FitReports.putNumber(c, "sdOverPriorSd", v.priorRatio());
      }
    }
    root.set("fit", FitReports.fit(t.full()));
    return FitReports.write(root);
  }

  private static FitRun run(VerdictTable t, FitData data) {
    return new FitRun(data, t.full(), t.backtest(), t.testEnd(), t.seed(), null);
  }

  private static String probability(Verdict v) {
    return Double.isNaN(v.signProbability()) ? "one sign only"
        : String.format(Locale.ROOT, "%.2f", v.signProbability());
  }

  private static String elpd(Verdict v) {
    return String.format(Locale.ROOT, "%+.2f (%.2f, MC %.2f)", v.elpdDiff(), v.elpdSe(), v.elpdMcse());
  }

  private static String detectable(Verdict v) {
    return Double.isInfinite(v.detectable()) ? "none up to 4× plausible size" : FitReports.num(v.detectable());
  }

  private static void putMap(ObjectNode o, Map<Integer, Double> values) {
    values.forEach((h, v) -> FitReports.putNumber(o, "h" + h, v));
  }

  private static String changes(Map<Integer, Double> values) {
    return String.join(", ", values.values().stream()
        .map(v -> Double.isFinite(v) ? String.format(Locale.ROOT, "%+.3f", v) : "n/a").toList());
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
