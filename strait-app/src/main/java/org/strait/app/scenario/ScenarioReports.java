package org.strait.app.scenario;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strait.app.fit.StoreFit;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.model.ensemble.ThresholdCurve;
import org.strait.model.scenario.Scenario;

/**
 * The lines {@code strait simulate} (and the demo's scenarios) print of a scenario run: runs, seed, version, the last
 * month's median and 90% interval, each threshold's crossing probability, the files written, and on the fitted
 * model what the run took from the fit.
 */
public final class ScenarioReports {
  private ScenarioReports() {}

  /**
   * Returns the summary of a run whose files are in {@code out}.
   *
   * @param events true when events.csv was written too
   */
  public static List<String> summary(Scenario scenario, EnsembleResult r, FittedScenario fitted, StoreFit fit,
      Path out, boolean events) {
    List<String> lines = new ArrayList<>();
    int last = r.months() - 1;
    lines.add(String.format(Locale.ROOT, "scenario %s: %d runs, seed %d, version %s, %s..%s", scenario.id(),
        r.runs(), r.seed(), r.version(), r.month(0), r.month(last)));
    lines.add(String.format(Locale.ROOT, "temperature in %s: median %.2f, 90%% interval %.2f..%.2f", r.month(last),
        r.quantile(2, last), r.quantile(0, last), r.quantile(4, last)));
    for (ThresholdCurve c : r.thresholds()) {
      lines.add(String.format(Locale.ROOT, "P(%s %s %.2f by %s) = %.3f", c.threshold().name(),
          c.threshold().below() ? "below" : "above", c.threshold().level(), r.month(last), c.byEnd()));
    }
    lines.add("wrote " + out.resolve("quantiles.csv") + ", " + out.resolve("thresholds.csv") + ", "
        + out.resolve("fan.png") + (events ? ", " + out.resolve("events.csv") : ""));
    if (fitted != null) {
      lines.addAll(fitLines(fitted, fit, out));
    }
    return lines;
  }

  private static List<String> fitLines(FittedScenario f, StoreFit s, Path out) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "parameters from a fit on %s..%s, fit seed %d (calibration seed %d): %d"
        + " posterior draws, %d used (run r takes draw r mod %d)", s.fit().trainStart(), s.fit().trainEnd(),
        s.seed(), s.fit().seed(), f.posteriorDraws(), f.draws().size(), f.draws().size()));
    lines.add("sampling: " + s.fit().sampling().describe());
    lines.add(String.format(Locale.ROOT, "start: %.3f, %s; drivers from the data, held at %s after it;"
        + " chronicle not applied", f.level(), f.levelFrom(), s.fit().trainEnd()));
    YearMonth before = f.spec().start().minusMonths(1);
    YearMonth end = s.fit().trainEnd();
    if (end.isBefore(before)) {
      lines.add(String.format(Locale.ROOT, "note: the window ends %d months before the scenario starts (%s); the"
          + " level and drivers of %s stand in for %s", FitRecord.gapMonths(end, before), f.spec().start(), end,
          before));
    }
    if (!f.replaced().isEmpty()) {
      lines.add("the fit replaced the scenario's overrides " + String.join(", ", f.replaced()));
    }
    lines.add("wrote " + out.resolve(FitRecord.FILE));
    return lines;
  }
}
