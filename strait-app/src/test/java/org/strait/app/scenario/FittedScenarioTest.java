package org.strait.app.scenario;

import org.strait.scenario.ScenarioReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.app.fit.StoreFit;
import org.strait.app.fit.StoreFixture;
import org.strait.fit.PosteriorSample;
import org.strait.model.Driver;
import org.strait.model.RunSpec;
import org.strait.model.ensemble.Ensemble;
import org.strait.model.ensemble.EnsembleOptions;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.model.mechanism.Mechanisms;
import org.strait.model.scenario.Scenario;
import org.strait.store.EventStore;

/**
 * A scenario put on a fit of the shared ICEWS 2005-15 sample (2005-01..2014-12, one fit for the class): the start
 * level, the parameters and the drivers it takes from the fit, and the ensemble's spread with the posterior draws.
 */
class FittedScenarioTest {
  static final String SCENARIO = """
      # test scenario: follows seed 001 (US engagement, M4); values are test values, not claims
      id: fit-test
      title: Fit test
      follows: {seeds: [seed 001], claim: "M4: US engagement brings the two together"}
      start: 2015-01
      horizon: 36
      parameters: {core.equilibrium: 3.3, lever.quad-invitation.push: 0.8}
      initial: {temperature: 1.0, sentiment: -0.3}
      drivers:
        us-engagement: [{month: 2015-01, value: 1.0}]
      thresholds:
        - {name: low, below: 0.0}
      """;

  @TempDir static Path dir;
  static StoreFit fit;
  static Scenario scenario;
  /** The mean Goldstein score of the distinct JPN-KOR events of 2014-10..2014-12, computed in SQL. */
  static double lastQuarter;
  /** The same for 2014-01..2014-03. */
  static double firstQuarter2014;

  /** Returns the mean Goldstein score of the distinct JPN-KOR events in {@code [from, to)}. */
  static double meanGoldstein(Statement st, String from, String to) throws java.sql.SQLException {
    // quadruple files: one event per (actor1 name, CAMEO, actor2 name, date), docs/indices.md
    try (ResultSet rs = st.executeQuery("SELECT avg(goldstein), count(*) FROM (SELECT DISTINCT actor1_name, cameo,"
        + " actor2_name, event_date, goldstein FROM events WHERE ((actor1_country = 'JPN' AND actor2_country ="
        + " 'KOR') OR (actor1_country = 'KOR' AND actor2_country = 'JPN')) AND event_date >= DATE '" + from + "'"
        + " AND event_date < DATE '" + to + "')")) {
      rs.next();
      assertThat(rs.getLong(2)).as("events in %s..%s", from, to).isGreaterThan(10);
      return rs.getDouble(1);
    }
  }

  @BeforeAll
  static void fitTheSample() throws Exception {
    Path db = StoreFixture.icewsSample(dir.resolve("icews.duckdb"));
    Path file = dir.resolve("fit-test.yaml");
    Files.writeString(file, SCENARIO);
    scenario = ScenarioReader.read(file);
    try (EventStore store = EventStore.open(db); Statement st = store.connection().createStatement()) {
      // quadruple files: one event per (actor1 name, CAMEO, actor2 name, date), docs/indices.md
      lastQuarter = meanGoldstein(st, "2014-10-01", "2015-01-01");
      firstQuarter2014 = meanGoldstein(st, "2014-01-01", "2014-04-01");
      fit = StoreFit.run(store.reader(), YearMonth.of(2005, 1), YearMonth.of(2014, 12), 1);
    }
  }

  /**
   * A scenario starting after the window starts from the fit's filtered level; the filter weighs the whole history,
   * so the level is near, not equal to, the last quarter's observed mean (within its noise: the observation noise of
   * a month of average count, √(s² + r²), over √3, and the filter's own sd).
   */
  @Test
  void of_scenarioAfterTheWindow_startsFromTheFilteredLevel() {
    FittedScenario f = FittedScenario.of(scenario, fit, 300);
    assertThat(f.level()).isEqualTo(fit.fit().level().mean());
    assertThat(fit.fit().level().month()).isEqualTo(YearMonth.of(2014, 12));
    double r = fit.fit().values().get("obs.noise");
    double s = fit.fit().values().get("obs.floor");
    double noise = Math.sqrt(s * s + r * r) / Math.sqrt(3) + fit.fit().level().sd();
    assertThat(f.level()).isCloseTo(lastQuarter, within(2 * noise));
    assertThat(f.levelFrom()).startsWith("the filtered level after 2014-12 (sd ");
    assertThat(f.spec().initial().temperature()).isEqualTo(f.level());
    assertThat(f.spec().initial().sentiment()).isEqualTo(-0.3);
    assertThat(f.spec().start()).isEqualTo(YearMonth.of(2015, 1));
  }

  /** A scenario starting inside the window starts from the observed level of the quarter before it. */
  @Test
  void of_scenarioInsideTheWindow_startsFromTheObservedLevelOfTheQuarterBefore() throws Exception {
    Path file = dir.resolve("inside.yaml");
    Files.writeString(file, SCENARIO.replace("id: fit-test", "id: inside").replace("start: 2015-01", "start: 2014-04"));
    FittedScenario f = FittedScenario.of(ScenarioReader.read(file), fit, 50);
    assertThat(f.level()).isCloseTo(firstQuarter2014, within(1e-9));
    assertThat(f.levelFrom()).isEqualTo("the observed level of 2014-01..2014-03");
  }

  @Test
  void of_fittedParametersReplaceTheScenarioOverrides_othersKept() {
    FittedScenario f = FittedScenario.of(scenario, fit, 300);
    RunSpec spec = f.spec();
    assertThat(spec.parameters().get("core.equilibrium")).isEqualTo(fit.fit().values().get("core.equilibrium"))
        .isNotEqualTo(3.3);
    assertThat(spec.parameters().get("lever.quad-invitation.push")).isEqualTo(0.8);
    assertThat(f.replaced()).containsExactly("core.equilibrium=3.3");
    PosteriorSample sample = fit.fit().posterior();
    assertThat(f.posteriorDraws()).isEqualTo(sample.size()).isEqualTo(PosteriorSample.KEPT);
    assertThat(f.draws()).hasSize(300);
    int beta = sample.names().indexOf("M1.beta");
    // 300 of 1000 draws, evenly spaced: draw j is posterior draw floor(j * 1000 / 300): 0, 3, ..., 996
    assertThat(f.draws().get(0).get("M1.beta")).isEqualTo(sample.value(0, beta));
    assertThat(f.draws().get(1).get("M1.beta")).isEqualTo(sample.value(3, beta));
    assertThat(f.draws().get(299).get("M1.beta")).isEqualTo(sample.value(996, beta));
    assertThat(f.draws()).allSatisfy(p -> assertThat(p.get("lever.quad-invitation.push")).isEqualTo(0.8));
    assertThat(f.draws().stream().map(p -> p.get("core.equilibrium")).distinct().count()).isGreaterThan(100);
    assertThat(FittedScenario.of(scenario, fit, 5000).draws()).hasSize(1000);
  }

  @Test
  void of_driversFromTheDataHeldAfterTheWindow_scenarioPathsWin() {
    RunSpec spec = FittedScenario.of(scenario, fit, 10).spec();
    double last = fit.data().input().drivers().value(Driver.US_CHN_CONFLICT, YearMonth.of(2014, 12));
    assertThat(last).isNotEqualTo(Driver.US_CHN_CONFLICT.neutral());
    assertThat(spec.drivers().value(Driver.US_CHN_CONFLICT, YearMonth.of(2015, 1))).isEqualTo(last);
    assertThat(spec.drivers().value(Driver.US_CHN_CONFLICT, YearMonth.of(2017, 6))).isEqualTo(last);
    assertThat(spec.drivers().value(Driver.US_ENGAGEMENT, YearMonth.of(2016, 1))).isEqualTo(1.0);
  }

  @Test
  void fitRecord_scenarioYearsAfterTheData_recordsTheGapAndTheFit() throws Exception {
    Path file = dir.resolve("later.yaml");
    Files.writeString(file, SCENARIO.replace("id: fit-test", "id: later").replace("2015-01", "2023-04"));
    FittedScenario f = FittedScenario.of(ScenarioReader.read(file), fit, 50);
    assertThat(f.levelFrom()).startsWith("the filtered level after 2014-12");
    EnsembleResult e = Ensemble.run("later", f.simulations(), List.of(), new EnsembleOptions(50, 3, 1), n -> { });
    Path out = Files.createDirectories(dir.resolve("later-out"));
    JsonNode json = new ObjectMapper().readTree(FitRecord.write(e, f, fit, out).toFile());
    assertThat(json.get("scenario").asText()).isEqualTo("later");
    assertThat(json.get("seed").asLong()).isEqualTo(3);
    // 2015-01..2023-03: 8 years and 3 months between the window's end 2014-12 and the month before the start
    assertThat(json.at("/fit/gapMonths").asLong()).isEqualTo(99);
    assertThat(json.at("/fit/drawsUsed").asInt()).isEqualTo(50);
    assertThat(json.at("/fit/calibrationSeed").asLong()).isEqualTo(fit.fit().seed());
    assertThat(json.at("/fit/sampling").asText()).isEqualTo(fit.fit().sampling().describe());
    assertThat(json.at("/fit/replacedOverrides/0").asText()).isEqualTo("core.equilibrium=3.3");
  }

  @Test
  void ensemble_posteriorDraws_widerBandThanAtTheMode_sameOnOneOrTwoThreads() {
    FittedScenario f = FittedScenario.of(scenario, fit, 400);
    EnsembleOptions one = new EnsembleOptions(400, 7, 1);
    EnsembleResult drawn = Ensemble.run("t", f.simulations(), scenario.thresholds(), one, n -> { });
    EnsembleResult mode = Ensemble.run("t", Mechanisms.simulation(f.spec()), scenario.thresholds(), one, n -> { });
    for (int t : List.of(11, 35)) {
      double withDraws = drawn.quantile(4, t) - drawn.quantile(0, t);
      double atMode = mode.quantile(4, t) - mode.quantile(0, t);
      assertThat(withDraws).as("90%% band in month %s", t).isGreaterThan(1.1 * atMode);
    }
    EnsembleResult two = Ensemble.run("t", f.simulations(), scenario.thresholds(), new EnsembleOptions(400, 7, 2),
        n -> { });
    assertThat(two).isEqualTo(drawn);
  }
}
