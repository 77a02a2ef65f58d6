package org.strait.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.core.Progress;
import org.strait.store.EventStore;

/** The demo's steps: which scenario runs it makes and where, the runs it caps, and the store's span. */
class DemoServiceTest {
  @Test
  void scenarioRuns_unlinkedScenario_fittedThenOnThePriors(@TempDir Path results) {
    List<DemoService.ScenarioRun> runs = DemoService.scenarioRuns(ScenarioServiceTest.shipped("thaw-holds"), results);
    assertThat(runs).extracting(DemoService.ScenarioRun::fitted).containsExactly(true, false);
    assertThat(runs).extracting(DemoService.ScenarioRun::dir).containsExactly(
        results.resolve("scenarios/thaw-holds"), results.resolve("scenarios/thaw-holds/priors"));
    assertThat(runs.get(0).id()).isEqualTo("thaw-holds");
  }

  @Test
  void scenarioRuns_scenarioLinkingCases_onThePriorsOnly(@TempDir Path results) {
    List<DemoService.ScenarioRun> runs = DemoService.scenarioRuns(
        ScenarioServiceTest.shipped("wartime-labour-bargain"), results);
    assertThat(runs).singleElement().satisfies(r -> {
      assertThat(r.fitted()).isFalse();
      assertThat(r.dir()).isEqualTo(results.resolve("scenarios/wartime-labour-bargain/priors"));
      assertThat(r.file().links()).isNotEmpty();
    });
  }

  @Test
  void simulate_onThePriors_writesIntoTheRunsFolderWithTheDemosRunsAndSeed(@TempDir Path dir) {
    DemoService demo = new DemoService(dir.resolve("none.duckdb"), 30, 5);
    DemoService.ScenarioRun run = DemoService.scenarioRuns(ScenarioServiceTest.shipped("baseline"), dir).get(1);
    ScenarioService.Outcome o = demo.simulate(run, Progress.NONE);
    assertThat(o.result().runs()).isEqualTo(30);
    assertThat(o.result().seed()).isEqualTo(5);
    assertThat(dir.resolve("scenarios/baseline/priors/quantiles.csv")).isNotEmptyFile();
    assertThat(dir.resolve("scenarios/baseline/priors/fan.png")).isNotEmptyFile();
    assertThat(dir.resolve("scenarios/baseline/priors/fit.json")).doesNotExist();
  }

  @Test
  void runs_bargainingAndRecordRunsAreCapped() {
    DemoService many = new DemoService(Path.of("x.duckdb"), 2000, 1);
    assertThat(many.caseRuns()).isEqualTo(500);
    assertThat(many.recordRuns()).isEqualTo(200);
    DemoService few = new DemoService(Path.of("x.duckdb"), 50, 1);
    assertThat(few.caseRuns()).isEqualTo(50);
    assertThat(few.recordRuns()).isEqualTo(50);
    assertThat(DemoService.plot(Path.of("r"), Path.of("cases/dokdo.yaml"))).isEqualTo(Path.of("r/bargaining/dokdo.png"));
  }

  @Test
  void span_theStoresMonths_orAClearErrorWhenItIsEmpty(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("store.duckdb");
    HandWrittenStores.threeMonths(db);
    assertThat(new DemoService(db, 10, 1).span()).isEqualTo(new Window(YearMonth.of(2014, 1), YearMonth.of(2014, 3)));
    Path empty = dir.resolve("empty.duckdb");
    EventStore.open(empty).close();
    assertThatThrownBy(() -> new DemoService(empty, 10, 1).span()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eventsAndIndex_ofTheJapanKoreaPair_bothDirections(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("store.duckdb");
    Path q4 = SharedPaths.data("icews22-q4");
    IngestService.Summary ingest = IngestService.run(new IngestSettings(db, List.of(q4.resolve("valid.txt"),
        q4.resolve("test.txt")), null, "icews22-q4", Map.of("", LocalDate.of(2021, 12, 31)), Map.of("", 24),
        Set.copyOf(Country.DEFAULT_SET)), new IngestService.Listener() {});
    assertThat(ingest.failures()).isEmpty();
    DemoService demo = new DemoService(db, 10, 1);
    // icews22-q4/SOURCE.md: 87 Japan-South Korea events between the two country entities, about 160 with sectors
    assertThat(demo.eventsPerSourceAndYear()).hasValueSatisfying(rows -> assertThat(rows).singleElement()
        .satisfies(r -> {
          assertThat(r.source()).isEqualTo("icews22-q4");
          assertThat(r.year()).isEqualTo(2022);
          assertThat(r.strict()).isEqualTo(87);
          assertThat(r.events()).isBetween(140L, 180L);
        }));
    assertThat(demo.index().events()).isPositive().isLessThanOrEqualTo(
        demo.eventsPerSourceAndYear().orElseThrow().get(0).events());
    Path empty = dir.resolve("empty.duckdb");
    EventStore.open(empty).close();
    assertThat(new DemoService(empty, 10, 1).eventsPerSourceAndYear()).isEmpty();
  }
}
