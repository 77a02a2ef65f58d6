package org.strait.app.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strait.app.BargainService;
import org.strait.core.Progress;
import org.strait.app.bargain.BargainCase;
import org.strait.app.bargain.DisputeReaders;
import org.strait.app.bargain.PositionPlot;
import org.strait.bargain.BargainRun;
import org.strait.bargain.Dispute;
import org.strait.bargain.MonteCarloResult;
import org.strait.bargain.Uncertainty;
import org.strait.core.Version;

/**
 * The bargaining section: a case file run through KTAB's spatial model with its defaults, the forecast next to the
 * baseline (capability × salience weighted mean of the initial positions) and, when the file has one, the observed
 * outcome; a Monte Carlo over perturbed inputs gives the forecast's interval.
 */
final class BargainSection {
  /** The uncertainty of the Monte Carlo, as {@code strait bargain}'s defaults. */
  static final Uncertainty UNCERTAINTY = Uncertainty.defaults();

  private BargainSection() {}

  /** Returns the section's HTML; {@code work} is a folder for the chart file. */
  static String html(Path caseFile, ReportSettings settings, Path work) {
    StringBuilder b = new StringBuilder(Html.h(2, "bargaining", "Bargaining: the wartime-labour case"));
    if (caseFile == null) {
      return b.append(Html.p("No case file was given: bargaining is left out.")).toString();
    }
    BargainCase c = DisputeReaders.read(caseFile);
    Dispute d = c.dispute();
    BargainService.Outcome o = BargainService.run(c, BargainService.model(BargainService.SMP, Map.of()),
        settings.runs(), UNCERTAINTY, settings.seed(), settings.threads(), Progress.NONE);
    BargainRun run = o.run();
    MonteCarloResult mc = o.monteCarlo();
    b.append(Html.p(d.id() + ": " + d.title()));
    b.append(Html.p(String.format(Locale.ROOT, "Spatial model (KTAB SMP, default options): %d rounds, %s. Monte "
        + "Carlo: %d runs, seed %d, capability sd %s (log), salience sd %s, position sd %s points; strait %s. The "
        + "inputs are analyst judgements in the case file, not measurements.", run.roundCount() - 1,
        run.converged() ? "converged" : "did not converge", mc.draws().size(), settings.seed(),
        Html.num(UNCERTAINTY.capabilityLogSd(), 1), Html.num(UNCERTAINTY.salienceSd(), 1),
        Html.num(UNCERTAINTY.positionSd(), 1), mc.version())));
    List<List<Object>> rows = new ArrayList<>();
    for (int k = 0; k < d.dimensionCount(); k++) {
      rows.add(List.of(d.dimensions().get(k), c.lowEnds().get(k) + " (0) to " + c.highEnds().get(k) + " (100)",
          run.median(k), run.baseline(k), Html.num(mc.quantile(k, 0.1), 1) + " to " + Html.num(mc.quantile(k, 0.9), 1),
          k == 0 && c.observed() != null ? Html.num(c.observed(), 1) : "n/a"));
    }
    b.append(Html.table(List.of("dimension", "scale", "forecast (median position)", "baseline",
        "forecast 10–90% (Monte Carlo)", "observed"), rows, 1));
    if (c.observed() != null) {
      double model0 = Math.abs(run.median(0) - c.observed());
      double base0 = Math.abs(run.baseline(0) - c.observed());
      b.append(Html.p(String.format(Locale.ROOT, "Observed outcome %s (%s). The forecast is %s points from it, the "
          + "baseline %s points: the %s.", Html.num(c.observed(), 1), c.observedNote(), Html.num(model0, 1),
          Html.num(base0, 1), model0 < base0 ? "forecast is closer than the baseline"
              : model0 > base0 ? "forecast loses to the baseline" : "forecast and baseline are equally close")));
    }
    Path png = work.resolve("bargain-" + d.id() + ".png");
    PositionPlot.write(run, png);
    b.append(Figures.embed(png, "Positions over rounds, case " + d.id() + " (spatial model)",
        "inputs of case " + d.id() + ", rounds 0.." + (run.roundCount() - 1), settings.seed(),
        Version.current()));
    return b.toString();
  }
}
