package org.strait.app.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.model.ensemble.ScenarioContrast;
import org.strait.model.ensemble.ThresholdCurve;

/**
 * The table of what each scenario changes against a reference scenario, on the fitted model and on the priors, in
 * Markdown: the mean temperature of the last month and each of the reference's thresholds' probability of being
 * crossed by then, with the change, two Monte Carlo standard errors of it ({@link ScenarioContrast}), and a star where
 * the change is beyond them. Scenarios whose runs do not pair with the reference's (another start, seed or run count)
 * are named below the table with the reason.
 */
public final class ContrastTable {
  private final String reference;
  private final Map<String, EnsembleResult> fitted = new LinkedHashMap<>();
  private final Map<String, EnsembleResult> priors = new LinkedHashMap<>();

  /** Starts a table against the scenario of id {@code reference}, e.g. {@code baseline}. */
  public ContrastTable(String reference) {
    this.reference = reference;
  }

  /** Adds one ensemble, on the fitted model or on the priors; the reference's own runs are added the same way. */
  public void add(EnsembleResult result, boolean onFittedModel) {
    (onFittedModel ? fitted : priors).put(result.scenarioId(), result);
  }

  /** Returns the table's lines, or none when the reference was not run on either model. */
  public List<String> lines() {
    EnsembleResult any = fitted.containsKey(reference) ? fitted.get(reference) : priors.get(reference);
    if (any == null) {
      return List.of();
    }
    List<ThresholdCurve> curves = any.thresholds();
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "== what each scenario changes against the %s scenario by %s (same seed and"
        + " runs, paired run by run; ± two Monte Carlo standard errors; * beyond them)", reference,
        any.month(any.months() - 1)));
    StringBuilder head = new StringBuilder("| scenario | model | mean temperature | change |");
    StringBuilder rule = new StringBuilder("|---|---|---:|---:|");
    for (ThresholdCurve c : curves) {
      head.append(" P(").append(c.threshold().name()).append(") | change |");
      rule.append("---:|---:|");
    }
    out.add(head.toString());
    out.add(rule.toString());
    List<String> apart = new ArrayList<>();
    int[] beyond = new int[2];
    int[] compared = new int[2];
    ScenarioContrast[] largest = new ScenarioContrast[2];
    for (int m = 0; m < 2; m++) {
      Map<String, EnsembleResult> runs = m == 0 ? fitted : priors;
      EnsembleResult ref = runs.get(reference);
      for (EnsembleResult r : runs.values()) {
        if (ref == null || r == ref) {
          continue;
        }
        String model = m == 0 ? "fitted" : "priors";
        if (!ScenarioContrast.pairable(r, ref)) {
          apart.add(String.format(Locale.ROOT, "not compared: %s on the %s (%d runs from %s, seed %d; the %s: %d"
              + " runs from %s, seed %d)", r.scenarioId(), model, r.runs(), r.start(), r.seed(), reference,
              ref.runs(), ref.start(), ref.seed()));
          continue;
        }
        ScenarioContrast c = ScenarioContrast.of(r, ref);
        compared[m]++;
        beyond[m] += c.temperature().beyondNoise() ? 1 : 0;
        if (largest[m] == null || Math.abs(c.temperature().change()) > Math.abs(largest[m].temperature().change())) {
          largest[m] = c;
        }
        out.add(row(c, model, curves));
      }
    }
    out.addAll(apart);
    out.add(String.format(Locale.ROOT, "Largest change of the mean temperature: %s on the fitted model, %s on the"
        + " priors. Beyond the Monte Carlo noise: %d of %d scenarios on the fitted model, %d of %d on the priors;"
        + " paired runs make even a small change detectable, so read its size, not only the star. A fitted scenario"
        + " moves only what the fitted mechanisms let it move (the verdicts above say which claims the record"
        + " supports); on the priors each mechanism has its assumed size.", largestOf(largest[0]),
        largestOf(largest[1]), beyond[0], compared[0], beyond[1], compared[1]));
    return out;
  }

  private static String largestOf(ScenarioContrast c) {
    return c == null ? "none compared"
        : String.format(Locale.ROOT, "%+.2f (%s)", c.temperature().change(), c.scenarioId());
  }

  private static String row(ScenarioContrast c, String model, List<ThresholdCurve> curves) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %.2f | %s |", c.scenarioId(), model,
        c.temperature().scenario(), change(c.temperature(), "%+.3f ± %.3f")));
    for (ThresholdCurve curve : curves) {
      ScenarioContrast.Change p = c.thresholds().stream()
          .filter(t -> t.threshold().name().equals(curve.threshold().name())).map(ScenarioContrast.ThresholdChange::probability)
          .findFirst().orElse(null);
      s.append(p == null ? " — | — |" : String.format(Locale.ROOT, " %.3f | %s |", p.scenario(),
          change(p, "%+.3f ± %.3f")));
    }
    return s.toString();
  }

  private static String change(ScenarioContrast.Change c, String format) {
    return String.format(Locale.ROOT, format, c.change(), 2 * c.se()) + (c.beyondNoise() ? " *" : "");
  }
}
