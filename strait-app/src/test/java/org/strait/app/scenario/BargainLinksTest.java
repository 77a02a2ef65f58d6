package org.strait.app.scenario;

import org.strait.scenario.ScenarioReader;
import org.strait.scenario.ScenarioInvalidException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.model.Issue;
import org.strait.model.Shock;
import org.strait.model.ShockKind;
import org.strait.model.Simulation;
import org.strait.model.scenario.Scenario;

class BargainLinksTest {
  private static final YearMonth MARCH = YearMonth.of(2023, 3);

  @Test
  void shock_outcomeTowardsTheSettledEnd_settlesInProportion() {
    BargainLinks toHigh = new BargainLinks(Path.of("c.yaml"), MARCH, Issue.ofKey("wartime-labour"), 100);
    assertThat(toHigh.shock(90)).isEqualTo(new Shock(MARCH, ShockKind.ISSUE_SETTLEMENT, toHigh.issue(), 0.8));
    Shock flare = toHigh.shock(20);
    assertThat(flare.kind()).isEqualTo(ShockKind.ISSUE_FLARE);
    assertThat(flare.magnitude()).isCloseTo(0.6, within(1e-12));
    BargainLinks toLow = new BargainLinks(Path.of("c.yaml"), MARCH, Issue.ofKey("fukushima-water"), 0);
    assertThat(toLow.shock(73).kind()).isEqualTo(ShockKind.ISSUE_FLARE);
    assertThat(toLow.shock(73).magnitude()).isCloseTo(0.46, within(1e-12));
    assertThat(toLow.shock(0)).isEqualTo(new Shock(MARCH, ShockKind.ISSUE_SETTLEMENT, toLow.issue(), 1.0));
  }

  @Test
  void replicates_shippedScenario_carryTheBargainingSpreadReproducibly() {
    Path file = ShippedScenariosTest.folder().resolve("wartime-labour-bargain.yaml");
    Scenario s = ScenarioReader.read(file);
    List<BargainLinks> links = BargainLinks.read(file, s);
    assertThat(links).hasSize(1);
    assertThat(links.get(0).caseFile()).isRegularFile();
    IntFunction<Simulation> a = BargainLinks.replicates(s, links, 20, 7, 1);
    IntFunction<Simulation> b = BargainLinks.replicates(s, links, 20, 7, 2);
    Set<Shock> seen = new HashSet<>();
    for (int r = 0; r < 20; r++) {
      List<Shock> shocks = a.apply(r).spec().shocks().in(MARCH);
      assertThat(shocks).hasSize(1).isEqualTo(b.apply(r).spec().shocks().in(MARCH));
      seen.add(shocks.get(0));
    }
    assertThat(seen).as("the Monte Carlo draws differ, so the replicates' shocks do").hasSizeGreaterThan(5);
    assertThat(a.apply(20).spec().shocks().in(MARCH)).isEqualTo(a.apply(0).spec().shocks().in(MARCH));
  }

  @Test
  void read_badLink_namesTheFieldAndReason(@TempDir Path dir) throws Exception {
    String text = Files.readString(ShippedScenariosTest.folder().resolve("wartime-labour-bargain.yaml"))
        .replace("settled: 100", "settled: 50").replace("../strait-app/src/main/resources/cases/", "nowhere/");
    Path file = dir.resolve("wartime-labour-bargain.yaml");
    Files.writeString(file, text);
    Scenario s = ScenarioReader.read(file);
    assertThatThrownBy(() -> BargainLinks.read(file, s)).isInstanceOf(ScenarioInvalidException.class)
        .hasMessageContaining("bargaining[0].settled").hasMessageContaining("must be 0 or 100")
        .hasMessageContaining("bargaining[0].case").hasMessageContaining("no case file");
  }
}
