package org.strait.app.scenario;

import org.strait.scenario.Violation;
import org.strait.scenario.ScenarioReader;
import org.strait.scenario.ScenarioInvalidException;
import org.strait.scenario.Node;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.strait.app.bargain.BargainCase;
import org.strait.app.bargain.DisputeReaders;
import org.strait.bargain.MonteCarlo;
import org.strait.bargain.MonteCarloResult;
import org.strait.bargain.SmpOptions;
import org.strait.bargain.SpatialModel;
import org.strait.bargain.Uncertainty;
import org.strait.model.Issue;
import org.strait.model.Shock;
import org.strait.model.ShockKind;
import org.strait.model.Simulation;
import org.strait.model.mechanism.Mechanisms;
import org.strait.model.scenario.Scenario;

/**
 * A scenario's links to bargaining cases (its optional {@code bargaining:} section): each names a case file, the
 * month the bargain settles, the model issue it settles and which end of the case's scale means "settled". The
 * spatial model's predicted outcome, run with Monte Carlo over the case's inputs, becomes a dated shock of that
 * issue: with s the outcome's share of the way to the settled end, s ≥ 1/2 gives an issue-settlement of magnitude
 * 2s − 1 and s &lt; 1/2 an issue-flare of magnitude 1 − 2s. Replicate r of the ensemble takes Monte Carlo draw
 * r mod m (m = min(runs, 1,000) bargaining runs with the ensemble's seed), so the fan carries the bargaining
 * uncertainty, and the result still depends on the runs and the seed only.
 *
 * @param caseFile the case file, resolved against the scenario file's folder
 * @param month when the settlement (or flare) happens
 * @param issue the model issue it acts on
 * @param settledEnd 0 or 100: the end of the case's scale that means the issue is settled
 */
public record BargainLinks(Path caseFile, YearMonth month, Issue issue, double settledEnd) {
  /** The most bargaining Monte Carlo runs one link makes. */
  public static final int MAX_DRAWS = 1000;
  private static final Set<String> FIELDS = Set.of("case", "month", "issue", "settled", "note");

  /**
   * Reads the {@code bargaining:} section of the scenario file {@code file} (empty when it has none).
   *
   * @throws ScenarioInvalidException listing every problem with its field path
   */
  public static List<BargainLinks> read(Path file, Scenario scenario) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scenario file " + file, e);
    }
    List<Violation> violations = new ArrayList<>();
    Node section = new Node(root, "", violations).field("bargaining");
    List<BargainLinks> links = new ArrayList<>();
    if (!section.present()) {
      return links;
    }
    for (Node item : section.items()) {
      item.onlyFields(FIELDS);
      String name = item.field("case").text(true);
      YearMonth month = item.field("month").month(true);
      Issue issue = ScenarioReader.issue(item.field("issue"), true);
      Double settled = item.field("settled").number(true, 0, 100);
      item.field("note").text(false);
      if (settled != null && settled != 0 && settled != 100) {
        item.field("settled").fail("must be 0 or 100 (the end of the case's scale that means settled)");
      }
      if (month != null) {
        ScenarioReader.within(item.field("month"), month, scenario.start(),
            scenario.start().plusMonths(scenario.horizonMonths() - 1));
      }
      Path caseFile = name == null ? null : file.toAbsolutePath().getParent().resolve(name).normalize();
      if (caseFile != null && !Files.isRegularFile(caseFile)) {
        item.field("case").fail("no case file " + caseFile);
      }
      if (violations.isEmpty()) {
        links.add(new BargainLinks(caseFile, month, issue, settled));
      }
    }
    if (!violations.isEmpty()) {
      throw new ScenarioInvalidException(file.toString(), violations);
    }
    return links;
  }

  /** Returns this link's shock for a predicted outcome {@code outcome} on the case's 0–100 scale. */
  public Shock shock(double outcome) {
    double s = settledEnd == 100 ? outcome / 100 : 1 - outcome / 100;
    s = Math.max(0, Math.min(1, s));
    return s >= 0.5 ? new Shock(month, ShockKind.ISSUE_SETTLEMENT, issue, 2 * s - 1)
        : new Shock(month, ShockKind.ISSUE_FLARE, issue, 1 - 2 * s);
  }

  /**
   * Returns the simulation of each replicate: the scenario with every link's shock from Monte Carlo draw r mod m,
   * or the scenario alone when there are no links.
   */
  public static IntFunction<Simulation> replicates(Scenario scenario, List<BargainLinks> links, int runs, long seed,
      int threads) {
    if (links.isEmpty()) {
      Simulation simulation = Mechanisms.simulation(scenario.toRunSpec());
      return r -> simulation;
    }
    int m = Math.max(2, Math.min(runs, MAX_DRAWS));
    double[][] outcomes = new double[links.size()][];
    for (int l = 0; l < links.size(); l++) {
      BargainCase c = DisputeReaders.read(links.get(l).caseFile());
      MonteCarloResult mc = new MonteCarlo(new SpatialModel(SmpOptions.defaults()), Uncertainty.defaults(), m, seed,
          threads).run(c.dispute());
      outcomes[l] = mc.outcomes(0);
    }
    Simulation[] simulations = new Simulation[m];
    for (int d = 0; d < m; d++) {
      List<Shock> shocks = new ArrayList<>(scenario.shocks());
      for (int l = 0; l < links.size(); l++) {
        shocks.add(links.get(l).shock(outcomes[l][d]));
      }
      Scenario linked = new Scenario(scenario.id(), scenario.title(), scenario.seeds(), scenario.claim(),
          scenario.start(), scenario.horizonMonths(), scenario.switches(), scenario.parameters(), scenario.initial(),
          scenario.inaugurations(), shocks, scenario.drivers(), scenario.levers(), scenario.thresholds());
      simulations[d] = Mechanisms.simulation(linked.toRunSpec());
    }
    return r -> simulations[r % m];
  }
}
