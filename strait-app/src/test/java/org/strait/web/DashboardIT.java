package org.strait.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.strait.store.EventStore;

/**
 * The dashboard in a real browser (headless Chromium over the DevTools protocol) against the fixture store: each page
 * loads without a script error, charts are drawn with the number of points the store holds, a job runs from the
 * page, and every page leaves a screenshot in {@code target/screenshots/}.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DashboardIT {
  static final Path SHOTS = Path.of("target", "screenshots");
  @TempDir static Path dir;
  static EventStore store;
  static WebServer server;
  static Browser browser;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    assertThat(Browser.CHROMIUM).as("Debian's chromium (.ci/chromium.sh installs it)").exists();
    store = Fixture.create(dir);
    server = WebServer.start(WebSettings.loopback(0), store);
    base = "http://127.0.0.1:" + server.port() + "/";
    Path profile = Files.createDirectory(dir.resolve("profile"));
    browser = Browser.launch(profile);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    server.close();
    store.close();
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

  @Test
  void overview_jpnKorChart_drawsEveryMonthTheStoreHolds() throws Exception {
    open("overview");
    browser.await("document.querySelector('#overview-chart[data-points]')", 10);
    assertThat(browser.eval("document.querySelector('#overview-chart').dataset.points").asText()).isEqualTo("27");
    assertThat(browser.eval("document.querySelector('#overview-chart').dataset.total").asLong())
        .isEqualTo(Fixture.sum(Fixture.jpnKorMonthly(false)));
    assertThat(paintedPixels("#overview-chart")).isGreaterThan(500);
    assertThat(browser.eval("document.body.innerText").asText()).contains("Not yet available: the Japan–Korea "
        + "relation index");
    browser.screenshot(SHOTS.resolve("overview.png"));
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
  void pagesWithoutContentYet_sayWhatIsMissing() throws Exception {
    for (String page : new String[] {"theories", "scenarios", "bargaining"}) {
      open(page);
      assertThat(browser.eval("document.querySelector('#" + page + "-missing').innerText").asText())
          .startsWith("Not yet available");
      assertThat(browser.eval("document.querySelectorAll('canvas').length").asInt()).as(page).isZero();
      browser.screenshot(SHOTS.resolve(page + ".png"));
    }
    assertThat(browser.eval("document.body.innerText").asText()).doesNotContain("monthly-counts");
    open("scenarios");
    assertThat(browser.eval("document.body.innerText").asText()).contains("monthly-counts");
  }

  @Test
  void emptyStore_pagesSayNothingIsIngested() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    try (EventStore none = EventStore.open(empty.resolve("s.duckdb"));
        WebServer other = WebServer.start(WebSettings.loopback(0), none)) {
      String saved = base;
      base = "http://127.0.0.1:" + other.port() + "/";
      try {
        open("overview");
        assertThat(browser.eval("document.querySelector('#overview-empty').innerText").asText())
            .contains("no Japan–South Korea events");
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
