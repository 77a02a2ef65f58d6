package org.strait.app.bargain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strait.bargain.BargainOutcome;
import org.strait.bargain.BargainRun;
import org.strait.bargain.Dispute;
import org.strait.bargain.MonteCarloResult;
import org.strait.bargain.Sensitivity;
import org.strait.core.Version;

/**
 * Formats a bargaining result: CSV with one row per actor and dimension ({@code actor,dimension,initial,final}), a
 * JSON document with everything, and a short text summary that puts the predicted outcome next to the baseline.
 */
public final class BargainReport {
  private BargainReport() {}

  /** Returns the CSV: header {@code actor,dimension,initial,final}, then one row per actor and dimension. */
  public static String csv(BargainRun run) {
    StringBuilder sb = new StringBuilder("actor,dimension,initial,final\n");
    Dispute d = run.dispute();
    for (int i = 0; i < d.size(); i++) {
      for (int k = 0; k < d.dimensionCount(); k++) {
        sb.append(quote(d.stakeholders().get(i).name())).append(',').append(quote(d.dimensions().get(k))).append(',')
            .append(num(run.position(0, i, k))).append(',').append(num(run.finalPosition(i, k))).append('\n');
      }
    }
    return sb.toString();
  }

  /** Returns a text summary: per dimension the predicted outcome (median, weighted mean), the baseline, and the
   * Monte Carlo interval and sensitivity ranking when there is one. */
  public static String summary(BargainCase c, BargainRun run, MonteCarloResult mc, long seed) {
    StringBuilder sb = new StringBuilder();
    Dispute d = run.dispute();
    sb.append(String.format(Locale.ROOT, "dispute %s, model %s: %d rounds, %s%n", d.id(), run.model(),
        run.roundCount() - 1, run.converged() ? "converged" : "did not converge"));
    for (int k = 0; k < d.dimensionCount(); k++) {
      sb.append(String.format(Locale.ROOT,
          "  %s: predicted median %.1f, weighted mean %.1f; baseline (capability x salience weighted mean of "
              + "initial positions) %.1f%n",
          d.dimensions().get(k), run.median(k), run.weightedMean(k), run.baseline(k)));
      if (mc != null) {
        sb.append(String.format(Locale.ROOT,
            "    Monte Carlo, %d runs, seed %d: median 10%%-90%% [%.1f, %.1f], mean %.1f,"
            + " settled in %.0f%% of runs%n", mc.draws().size(), seed, mc.quantile(k, 0.1), mc.quantile(k, 0.9),
            mc.mean(k), 100 * mc.settledShare()));
        List<Sensitivity> top = mc.sensitivity(k);
        sb.append("    inputs that move the outcome most:");
        for (int r = 0; r < Math.min(5, top.size()); r++) {
          sb.append(String.format(Locale.ROOT, " %s %.2f", top.get(r).actor(), top.get(r).share()));
        }
        sb.append(String.format("%n"));
      }
    }
    if (c.observed() != null) {
      sb.append(String.format(Locale.ROOT, "  observed outcome %.1f (%s)%n", c.observed(), c.observedNote()));
    }
    return sb.toString();
  }

  /** Returns the JSON document of a run, with its Monte Carlo when {@code mc} is not null. */
  public static String json(BargainCase c, BargainRun run, MonteCarloResult mc, long seed,
      Map<String, Object> options) {
    Dispute d = run.dispute();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("dispute", d.id());
    root.put("title", d.title());
    root.put("model", run.model());
    root.put("options", options);
    root.put("version", Version.current());
    root.put("rounds", run.roundCount() - 1);
    root.put("converged", run.converged());
    List<Object> dims = new ArrayList<>();
    for (int k = 0; k < d.dimensionCount(); k++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", d.dimensions().get(k));
      m.put("low", c.lowEnds().get(k));
      m.put("high", c.highEnds().get(k));
      m.put("median", run.median(k));
      m.put("weightedMean", run.weightedMean(k));
      m.put("baseline", run.baseline(k));
      m.put("spread", run.spread(k));
      if (mc != null) {
        m.put("monteCarlo", monteCarlo(mc, k, seed));
      }
      dims.add(m);
    }
    root.put("dimensions", dims);
    List<Object> actors = new ArrayList<>();
    for (int i = 0; i < d.size(); i++) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("name", d.stakeholders().get(i).name());
      a.put("capability", d.stakeholders().get(i).capability());
      List<Object> perDim = new ArrayList<>();
      for (int k = 0; k < d.dimensionCount(); k++) {
        perDim.add(run.trajectory(i, k));
      }
      a.put("positions", perDim);
      actors.add(a);
    }
    root.put("actors", actors);
    BargainOutcome outcome = mc == null ? BargainOutcome.of(run, 0) : BargainOutcome.of(mc, 0);
    root.put("outcome", outcome);
    if (c.observed() != null) {
      root.put("observed", new Observed(c.observed(), c.observedNote()));
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** The observed settlement in the JSON, its keys in this order (a {@code Map.of} would order them per JVM run). */
  record Observed(double position, String note) {}

  private static Map<String, Object> monteCarlo(MonteCarloResult mc, int k, long seed) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("runs", mc.draws().size());
    m.put("seed", seed);
    m.put("version", mc.version());
    m.put("p10", mc.quantile(k, 0.1));
    m.put("p50", mc.quantile(k, 0.5));
    m.put("p90", mc.quantile(k, 0.9));
    m.put("mean", mc.mean(k));
    m.put("settledShare", mc.settledShare());
    List<Object> sens = new ArrayList<>();
    for (Sensitivity s : mc.sensitivity(k)) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("actor", s.actor());
      e.put("share", s.share());
      e.put("capability", s.capability());
      e.put("salience", s.salience());
      e.put("position", s.position());
      sens.add(e);
    }
    m.put("sensitivity", sens);
    m.put("outcomes", mc.outcomes(k));
    return m;
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
