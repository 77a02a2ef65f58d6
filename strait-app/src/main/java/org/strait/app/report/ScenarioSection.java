package org.strait.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strait.core.Progress;
import org.strait.app.ScenarioService;
import org.strait.app.scenario.FanChart;
import org.strait.app.scenario.BargainLinks;
import org.strait.scenario.ScenarioReader;
import org.strait.scenario.YamlFolder;
import org.strait.model.ensemble.EnsembleOptions;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.model.ensemble.ThresholdCurve;
import org.strait.model.scenario.Scenario;

/** The scenario section: every shipped scenario run as an ensemble, its fan chart and threshold probabilities. */
final class ScenarioSection {
  private ScenarioSection() {}

  /** Returns the section's HTML; {@code work} is a folder for the chart files. */
  static String html(Path folder, ReportSettings settings, Path work) {
    StringBuilder b = new StringBuilder(Html.h(2, "scenarios", "Scenarios"));
    if (folder == null) {
      return b.append(Html.p("No scenario folder was given: scenarios are left out.")).toString();
    }
    List<Path> files = YamlFolder.files(folder);
    if (files.isEmpty()) {
      return b.append(Html.p("The folder " + folder + " holds no scenario file (*.yaml).")).toString();
    }
    b.append(Html.p(String.format(Locale.ROOT, "Each scenario of %s run as an ensemble of %d replicates with base "
        + "seed %d (replicate i draws from stream i of the seed). Temperature is on the index scale (−10 to +10); "
        + "the chronicle is not applied, only the scenario's own shocks. Bands: 5–95%% and 25–75%%.", folder,
        settings.runs(), settings.seed())));
    for (Path file : files) {
      Scenario scenario = ScenarioReader.read(file);
      b.append(one(scenario, BargainLinks.read(file, scenario), settings, work));
    }
    return b.toString();
  }

  private static String one(Scenario scenario, List<BargainLinks> links, ReportSettings settings, Path work) {
    EnsembleResult r = ScenarioService.run(new ScenarioService.Request(scenario, links,
        new EnsembleOptions(settings.runs(), settings.seed(), settings.threads()), false), null, Progress.NONE).result();
    int last = r.months() - 1;
    String span = r.month(0) + ".." + r.month(last) + " (simulated)";
    StringBuilder b = new StringBuilder(Html.h(3, "scenario-" + scenario.id(), scenario.id() + ": "
        + scenario.title()));
    String claim = scenario.claim().strip();
    b.append(Html.p("Claim followed: " + claim + (claim.endsWith(".") ? "" : ".") + (scenario.seeds().isEmpty() ? ""
        : " Sources: " + String.join("; ", scenario.seeds()) + ".")));
    Path dir = work.resolve("scenario-" + scenario.id());
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    b.append(Figures.embed(FanChart.write(r, scenario.title(), dir), "Fan chart of scenario " + scenario.id() + ", "
        + r.runs() + " runs", span, r.seed(), r.version()));
    b.append(Html.p(String.format(Locale.ROOT, "Temperature in %s: median %s, 90%% interval %s to %s.",
        r.month(last), Html.num(r.quantile(2, last), 2), Html.num(r.quantile(0, last), 2),
        Html.num(r.quantile(4, last), 2))));
    if (r.thresholds().isEmpty()) {
      return b.append(Html.p("The scenario names no threshold.")).toString();
    }
    List<List<Object>> rows = new ArrayList<>();
    for (ThresholdCurve c : r.thresholds()) {
      rows.add(List.of(c.threshold().name(), c.threshold().below() ? "below" : "above", c.threshold().level(),
          c.byEnd(), c.threshold().note()));
    }
    b.append(Html.table(List.of("threshold", "crossing", "level", "P(crossed by " + r.month(last) + ")", "note"),
        rows, 3));
    return b.toString();
  }
}
