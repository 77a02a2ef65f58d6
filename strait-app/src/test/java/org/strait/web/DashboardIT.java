package org.strait.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.strait.store.EventStore;

/**
 * The dashboard in a real browser (headless Chromium over the DevTools protocol) against the fixture store: each page
 * loads without a script error, charts are drawn with the number of points the store holds, a job runs from the
 * page, and every page leaves a screenshot in {@code target/screenshots/}.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {
  static final Path SHOTS = Path.of("target", "screenshots");
  @TempDir static Path dir;
  static EventStore store;
  static EventStore turnStore;
  static WebServer server;
  static WebServer turnServer;
  static Browser browser;
  static String base;
  static String verdictsJob;

  @BeforeAll
  static void start() throws Exception {
    assertThat(Browser.CHROMIUM).as("Debian's chromium (.ci/chromium.sh installs it)").exists();
    store = Fixture.create(dir);
    turnStore = Fixture.createTurn(Files.createDirectory(dir.resolve("turn")));
    server = WebServer.start(Fixture.settings(), store);
    turnServer = WebServer.start(Fixture.settings(), turnStore);
    base = "http://127.0.0.1:" + server.port() + "/";
    // the verdict table takes some seconds: start it now, on the server's own job pool, for the Theories test
    verdictsJob = new Http(server.port()).post("/api/jobs", "{\"type\":\"verdicts\",\"params\":{\"trainFrom\":"
        + "\"2013-01\",\"trainTo\":\"2014-12\",\"testTo\":\"2015-03\",\"samples\":20}}").json().get("id").asText();
    Path profile = Files.createDirectory(dir.resolve("profile"));
    browser = Browser.launch(profile);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    server.close();
    turnServer.close();
    store.close();
    turnStore.close();
  }

  @AfterEach
  void noPageErrors() {
    assertThat(browser.takeErrors()).as("script errors, console errors and failed loads").isEmpty();
  }

  private void open(String page) throws InterruptedException {
    browser.navigate("about:blank"); // a full load every time, not a hash change within the page
    browser.await("location.href === 'about:blank'", 5);
    browser.navigate(base + "#/" + page);
    browser.await("document.body.dataset.page === '" + page + "' && document.body.dataset.ready === 'true'", 15);
    assertThat(browser.eval("document.body.dataset.error || ''").asText()).isEmpty();
  }

  /** Counts the canvas pixels a chart painted, so that an empty canvas fails. */
  private long paintedPixels(String selector) {
    return browser.eval("(() => { const c = document.querySelector('" + selector + " canvas');"
        + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
        + " for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; })()").asLong();
  }

  /** Scrolls an element into the middle of the viewport, then clicks it. */
  private void click(String selector) {
    browser.eval("document.querySelector('" + selector + "').scrollIntoView({block: 'center'})");
    browser.click(selector);
  }

  private String text(String selector) {
    return browser.eval("document.querySelector('" + selector + "').innerText").asText();
  }

  private String data(String selector, String key) {
    return browser.eval("document.querySelector('" + selector + "').dataset." + key).asText();
  }

  @Test
  void overview_index_drawsEveryMonthTheStoreHoldsWithItsBandAndSources() throws Exception {
    open("overview");
    browser.await("document.querySelector('#overview-chart[data-points]')", 10);
    assertThat(data("#overview-chart", "points")).isEqualTo("27");
    assertThat(data("#overview-chart", "bands")).isEqualTo("1");
    // uPlot holds the months, the band's upper and lower, the index (the month's value), the level and the raw
    // monthly mean
    assertThat(browser.eval("document.querySelector('#overview-chart').uplot.data.length").asInt()).isEqualTo(6);
    // a month without data has no raw mean: the line breaks there (gaps stay gaps); the index and the level go on
    assertThat(browser.eval("document.querySelector('#overview-chart').uplot.data[5].filter(v => v == null).length")
        .asInt()).isEqualTo(4);
    assertThat(browser.eval("document.querySelector('#overview-chart').uplot.data[4].filter(v => v == null).length")
        .asInt()).isZero();
    assertThat(paintedPixels("#overview-chart")).isGreaterThan(500);
    assertThat(text("#overview-provenance")).contains("test-a, test-b").contains("Months without events: 4");
    // the Overview opens at the default false-alarm rate (1 a year)
    assertThat(text("#overview-turns-method")).contains("seed 1").contains("at most 1 a year");
    browser.screenshot(SHOTS.resolve("overview.png"));
    // a higher false-alarm rate marks what the API finds at that rate
    int expected = new Http(server.port()).get("/api/turning-points?dyad=JPN-KOR&falseAlarmRate=3").json()
        .get("points").size();
    browser.eval("(() => { const s = document.querySelector('#overview-rate'); s.value = '3';"
        + " s.dispatchEvent(new Event('change')); return true; })()");
    browser.await("document.body.dataset.ready === 'true' && document.querySelector('#overview-turns-method')"
        + " && document.querySelector('#overview-turns-method').innerText.includes('at most 3 a year')", 10);
    browser.await("document.querySelector('#overview-chart[data-markers]')", 5);
    assertThat(data("#overview-chart", "markers")).isEqualTo(String.valueOf(expected));
    browser.eval("(() => { const s = document.querySelector('#overview-rate'); s.value = '0.3';"
        + " s.dispatchEvent(new Event('change')); return true; })()");
    browser.await("document.body.dataset.ready === 'true' && document.querySelector('#overview-turns-method')"
        + " && document.querySelector('#overview-turns-method').innerText.includes('at most 0.3 a year')", 10);
  }

  @Test
  void overview_turningPoint_markedAndHoverShowsTheChronicleNotesWithSources() throws Exception {
    String saved = base;
    base = "http://127.0.0.1:" + turnServer.port() + "/";
    try {
      open("overview");
      browser.await("document.querySelector('#overview-chart[data-markers]')", 10);
      assertThat(data("#overview-chart", "points")).isEqualTo("24");
      // the fall and the shock of 2018-10, at the default rate, each listed with its chronicle notes
      assertThat(data("#overview-chart", "markers")).isEqualTo("2");
      assertThat(browser.eval("document.querySelectorAll('#overview-turns details').length").asInt()).isEqualTo(2);
      assertThat(browser.eval("document.querySelector('#overview-turns details[data-month=\"" + Fixture.SHOCK_AT
          + "\"]').textContent").asText()).contains("▼ shock " + Fixture.SHOCK_AT)
          .contains("Fall (shock) in " + Fixture.SHOCK_AT).contains("Supreme Court orders Nippon Steel");
      YearMonth at = Fixture.TURN_AT;
      long seconds = at.atDay(1).toEpochDay() * 86_400;
      browser.eval("(() => { const u = document.querySelector('#overview-chart').uplot;"
          + " u.setCursor({left: u.valToPos(" + seconds + ", 'x'), top: 20}); return true; })()");
      browser.await("document.querySelector('#overview-detail').dataset.month === '" + at + "'", 5);
      String detail = text("#overview-detail");
      assertThat(detail).contains("Fall (change of level) from 2019-07").contains("Japan tightens export licensing")
          .contains("source: METI announcement of 1 Jul 2019");
      browser.screenshot(SHOTS.resolve("overview-turning-point.png"));
    } finally {
      base = saved;
    }
  }

  @Test
  void data_tablesAndMonthlyRows_fromTheStore() throws Exception {
    open("data");
    browser.await("document.querySelector('#data-chart[data-points]')", 10);
    assertThat(browser.eval("document.querySelector('#data-chart').dataset.points").asText()).isEqualTo("27");
    long validA = Fixture.sum(Fixture.jpnKorMonthly(false).subList(0, Fixture.MONTHS_A)) + 36;
    assertThat(browser.eval("document.querySelector('#data-chart').dataset.total").asLong()).isEqualTo(validA);
    assertThat(paintedPixels("#data-chart")).isGreaterThan(500);
    String rejects = browser.eval("document.querySelector('#data-rejects').innerText").asText();
    assertThat(rejects).contains("bad-date\t3").contains("column-count\t2");
    assertThat(browser.eval("document.querySelectorAll('#data-files tbody tr').length").asInt()).isEqualTo(2);
    browser.screenshot(SHOTS.resolve("data.png"));
  }

  @Test
  void dyads_smallMultiplesAndAJobRunFromThePage() throws Exception {
    open("dyads");
    assertThat(browser.eval("document.querySelectorAll('#dyads-table tbody tr').length").asInt()).isEqualTo(15);
    browser.await("document.querySelectorAll('#dyads-grid [data-points]').length === 2", 10);
    assertThat(data("#dyads-grid [data-dyad=\"JPN-KOR\"]", "points")).isEqualTo("27");
    // every panel covers the store's whole record, months without the pair's events included
    assertThat(data("#dyads-grid [data-dyad=\"CHN-JPN\"]", "points")).isEqualTo("27");
    assertThat(data("#dyads-grid [data-dyad=\"JPN-KOR\"]", "bands")).isEqualTo("1");
    browser.type("#param-dyad", "KOR-JPN");
    browser.click("#param-strict");
    browser.click("#run-monthly-counts");
    browser.await("document.querySelector('#result-monthly-counts').dataset.state", 20);
    assertThat(browser.eval("document.querySelector('#result-monthly-counts').dataset.state").asText())
        .isEqualTo("SUCCEEDED");
    browser.await("document.querySelector('#job-chart[data-points]')", 10);
    assertThat(browser.eval("document.querySelector('#job-chart').dataset.points").asText()).isEqualTo("27");
    assertThat(browser.eval("document.querySelector('#job-chart').dataset.total").asLong())
        .isEqualTo(Fixture.sum(Fixture.jpnKorMonthly(true)));
    assertThat(browser.eval("document.querySelector('#progress-monthly-counts').value").asInt()).isEqualTo(27);
    assertThat(paintedPixels("#job-chart")).isGreaterThan(500);
    browser.screenshot(SHOTS.resolve("dyads.png"));
  }

  @Test
  void scenarios_runTwoFromThePage_fanChartWithBandsThresholdsAndComparison() throws Exception {
    open("scenarios");
    browser.eval("(() => { const b = document.querySelector('#scenario-b'); b.value = 'thaw-holds';"
        + " b.dispatchEvent(new Event('change')); return true; })()");
    assertThat(browser.eval("document.querySelector('#scenario-a').value").asText()).isEqualTo("baseline");
    browser.type("#scenario-runs", "50");
    browser.type("#scenario-seed", "3");
    assertThat(browser.eval("document.querySelector('#scenario-fit').checked").asBoolean()).as("fitted by default")
        .isTrue();
    click("#scenario-fit");
    click("#run-scenario");
    browser.await("document.querySelector('#result-scenario').dataset.state", 25);
    assertThat(data("#result-scenario", "state")).isEqualTo("SUCCEEDED");
    browser.await("document.querySelector('#scenario-chart[data-points]')", 5);
    // the chart spans both scenarios' months, from the catalogue's starts and horizons
    JsonNode catalogue = new Http(server.port()).get("/api/scenarios").json().get("scenarios");
    YearMonth first = null;
    YearMonth last = null;
    int thresholds = 0;
    for (JsonNode sc : catalogue) {
      String id = sc.get("id").asText();
      if (id.equals("baseline") || id.equals("thaw-holds")) {
        YearMonth start = YearMonth.parse(sc.get("start").asText());
        YearMonth end = start.plusMonths(sc.get("horizonMonths").asInt() - 1);
        first = first == null || start.isBefore(first) ? start : first;
        last = last == null || end.isAfter(last) ? end : last;
        thresholds += sc.get("thresholds").size();
      }
    }
    long months = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
    assertThat(data("#scenario-chart", "points")).isEqualTo(String.valueOf(months));
    assertThat(data("#scenario-chart", "bands")).isEqualTo("4");
    assertThat(Integer.parseInt(data("#scenario-chart", "lines"))).isGreaterThanOrEqualTo(2);
    assertThat(browser.eval("document.querySelector('#progress-scenario').value").asInt()).isEqualTo(50);
    assertThat(browser.eval("document.querySelectorAll('#scenario-thresholds tbody tr').length").asInt())
        .isEqualTo(thresholds);
    assertThat(text("#state-scenario")).contains("baseline (50 runs, seed 3, on the priors, unfitted)")
        .contains("thaw-holds (50 runs, seed 3, on the priors, unfitted)");
    assertThat(paintedPixels("#scenario-chart")).isGreaterThan(2000);
    browser.screenshot(SHOTS.resolve("scenarios.png"));
  }

  @Test
  void scenarios_cancelFromThePage_stopsTheRun() throws Exception {
    open("scenarios");
    browser.type("#scenario-runs", String.valueOf(ScenarioJob.MAX_RUNS));
    click("#scenario-fit");
    click("#run-scenario");
    browser.await("document.querySelector('#state-scenario').innerText.includes('running')", 10);
    click("#cancel-scenario");
    browser.await("document.querySelector('#result-scenario').dataset.state", 15);
    assertThat(data("#result-scenario", "state")).isEqualTo("CANCELLED");
    assertThat(browser.eval("document.querySelectorAll('#scenario-chart').length").asInt()).isZero();
    assertThat(browser.eval("document.querySelector('#progress-scenario').value").asInt())
        .isLessThan(ScenarioJob.MAX_RUNS);
  }

  @Test
  void bargaining_runFromThePage_positionsOverRoundsAndOutcomesNextToTheBaseline() throws Exception {
    open("bargaining");
    browser.eval("(() => { document.querySelector('#param-dispute').value = 'wartime-labour'; return true; })()");
    browser.type("#param-runs", "30");
    click("#run-bargaining");
    browser.await("document.querySelector('#result-bargaining').dataset.state", 25);
    assertThat(data("#result-bargaining", "state")).isEqualTo("SUCCEEDED");
    browser.await("document.querySelector('#bargaining-outcomes[data-points]')", 5);
    JsonNode jobs = new Http(server.port()).get("/api/jobs").json();
    JsonNode result = new Http(server.port()).get("/api/jobs/" + jobs.get(0).get("id").asText() + "/result").json()
        .get("result");
    assertThat(result.get("case").asText()).isEqualTo("wartime-labour");
    assertThat(data("#bargaining-positions", "points")).isEqualTo(String.valueOf(result.get("rounds").asInt() + 1));
    assertThat(browser.eval("document.querySelector('#bargaining-positions').uplot.series.length").asInt())
        .isEqualTo(result.get("actors").size() + 1);
    // 20 bins of 5 points whose counts add up to the 30 runs; baseline, predicted and observed marked
    assertThat(data("#bargaining-outcomes", "points")).isEqualTo("20");
    assertThat(browser.eval("document.querySelector('#bargaining-outcomes').uplot.data[1].reduce((a, b) => a + b, 0)")
        .asInt()).isEqualTo(30);
    assertThat(data("#bargaining-outcomes", "markers")).isEqualTo("3");
    assertThat(text("#bargaining-summary")).contains("baseline").contains("observed outcome");
    assertThat(browser.eval("document.querySelectorAll('#bargaining-sensitivity tbody tr').length").asInt())
        .isEqualTo(result.get("actors").size());
    assertThat(paintedPixels("#bargaining-positions")).isGreaterThan(500);
    assertThat(paintedPixels("#bargaining-outcomes")).isGreaterThan(500);
    browser.screenshot(SHOTS.resolve("bargaining.png"));
  }

  @Test
  @Order(Integer.MAX_VALUE) // last, so that the verdict job started in start() has had the other tests' time
  @Timeout(value = Http.MAX_JOB_SECONDS + 60, unit = TimeUnit.SECONDS) // waits on the job's progress, not a deadline
  void theories_latestVerdictTable_oneRowPerSeedClaimWithItsSource() throws Exception {
    Http http = new Http(server.port());
    assertThat(http.awaitJob(verdictsJob, 120).get("state").asText()).isEqualTo("SUCCEEDED");
    open("theories");
    int claims = org.strait.model.mechanism.Mechanisms.claims().size();
    assertThat(browser.eval("document.querySelectorAll('#verdicts-latest tbody tr').length").asInt()).isEqualTo(claims);
    String table = text("#verdicts-latest");
    for (org.strait.model.SeedClaim c : org.strait.model.mechanism.Mechanisms.claims()) {
      assertThat(table).contains(c.source()).contains(c.prediction());
    }
    assertThat(text("#verdicts-latest .verdicts-provenance")).contains("by dashboard")
        .contains("events of 2013-01–2015-03").contains("training 2013-01–2014-12, test 2015-01–2015-03")
        .contains("seed 1");
    browser.screenshot(SHOTS.resolve("theories-verdicts.png"));
  }

  @Test
  void theories_verdictRunner_refusesAShortWindowNamingTheField() throws Exception {
    open("theories");
    assertThat(text("#theories-run-note")).contains("One fit and one refit per mechanism");
    browser.type("#param-trainFrom", "2013-01");
    browser.type("#param-trainTo", "2013-12");
    click("#run-verdicts");
    browser.await("document.querySelector('#job-verdicts .error')", 10);
    assertThat(text("#job-verdicts .error")).contains("params.trainTo").contains("at least 24 months");
    browser.screenshot(SHOTS.resolve("theories.png"));
    // the page asks for the kept table first (404 on this store until the verdicts job keeps one), then the refusal
    assertThat(browser.takeErrors()).as("the refused submission, and nothing else")
        .filteredOn(e -> !(e.contains("status of 404") && e.endsWith("/api/verdicts/latest"))).singleElement()
        .asString().contains("status of 400").endsWith("/api/jobs");
  }

  @Test
  void emptyStore_pagesSayNothingIsIngested() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    try (EventStore none = EventStore.open(empty.resolve("s.duckdb"));
        WebServer other = WebServer.start(Fixture.settings(), none)) {
      String saved = base;
      base = "http://127.0.0.1:" + other.port() + "/";
      try {
        open("overview");
        assertThat(browser.eval("document.querySelector('#overview-empty').innerText").asText())
            .contains("no Japan–South Korea events").contains("no index");
        open("dyads");
        assertThat(text("#dyads-empty")).contains("no index");
        open("data");
        assertThat(browser.eval("document.querySelector('#data-empty').innerText").asText())
            .contains("Nothing ingested");
        browser.screenshot(SHOTS.resolve("overview-empty-store.png"));
      } finally {
        base = saved;
      }
    }
  }
}
