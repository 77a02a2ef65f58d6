package org.strait.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Version;
import org.strait.store.EventStore;

/** The read endpoints, the dashboard files and the error paths, over HTTP on loopback against the fixture store. */
class ReadRoutesTest {
  @TempDir static Path dir;
  static EventStore store;
  static WebServer server;
  static Http http;

  @BeforeAll
  static void start() throws Exception {
    store = Fixture.create(dir);
    server = WebServer.start(WebSettings.loopback(0), store);
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void health_running_reportsVersionAndStoreFingerprint() {
    Http.Reply r = http.get("/api/health");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("status").asText()).isEqualTo("ok");
    assertThat(r.json().get("version").asText()).isEqualTo(Version.current());
    assertThat(r.json().get("store").asText()).isEqualTo("2/2");
  }

  @Test
  void openapi_everyRegisteredRoute_isDescribed_andNothingElse() {
    Http.Reply r = http.get("/api/openapi.json");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("openapi").asText()).startsWith("3.");
    Set<String> described = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = r.json().get("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      path.getValue().fieldNames().forEachRemaining(m -> described.add(m.toUpperCase() + " " + path.getKey()));
    }
    List<String> registered = new ArrayList<>();
    for (String route : server.routes()) {
      registered.add(route.replace('<', '{').replace('>', '}'));
    }
    assertThat(registered).hasSizeGreaterThanOrEqualTo(15);
    assertThat(described).containsExactlyInAnyOrderElementsOf(registered);
  }

  @Test
  void dyads_fixture_fifteenPairsWithTheirCounts() {
    JsonNode rows = http.get("/api/dyads").json();
    assertThat(rows).hasSize(15);
    long jpnKor = Fixture.sum(Fixture.jpnKorMonthly(false));
    for (JsonNode row : rows) {
      String dyad = row.get("dyad").asText();
      long expected = switch (dyad) {
        case "JPN-KOR" -> jpnKor;
        case "CHN-JPN" -> 24; // two a month in 2014
        default -> 0;
      };
      assertThat(row.get("events").asLong()).as(dyad).isEqualTo(expected);
    }
    JsonNode jk = find(rows, "dyad", "JPN-KOR");
    assertThat(jk.get("first").asText()).isEqualTo("2013-01-10");
    assertThat(jk.get("last").asText()).isEqualTo("2015-03-15");
    assertThat(find(rows, "dyad", "KOR-PRK").get("first").isNull()).isTrue();
  }

  @Test
  void count_bothDirectionsAndBounds_matchFixture() {
    List<Long> broad = Fixture.jpnKorMonthly(false);
    List<Long> strict = Fixture.jpnKorMonthly(true);
    assertThat(count("dyad=JPN-KOR")).isEqualTo(Fixture.sum(broad));
    assertThat(count("dyad=KOR-JPN&strict=true")).isEqualTo(Fixture.sum(strict));
    assertThat(count("dyad=jpn-kor&from=2015-01-01")).isEqualTo(3);
    assertThat(count("dyad=JPN-KOR&from=2013-01-01&to=2013-12-31"))
        .isEqualTo(Fixture.sum(broad.subList(0, 12)));
    assertThat(count("dyad=JPN-KOR&source=test-b")).isEqualTo(3);
    assertThat(count("dyad=USA-RUS")).isZero();
    assertThat(count("dyad=JPN-KOR&from=&to=&strict=")).as("empty values count as absent")
        .isEqualTo(Fixture.sum(broad));
  }

  @Test
  void hostHeader_notLoopback_403_loopbackNames_served() throws Exception {
    assertThat(rawStatus("evil.example:" + server.port())).isEqualTo(403);
    assertThat(rawStatus("127.0.0.1.evil.example")).isEqualTo(403);
    assertThat(rawStatus("localhost:" + server.port())).isEqualTo(200);
    assertThat(rawStatus("127.0.0.1:" + server.port())).isEqualTo(200);
    assertThat(WebServer.loopbackHost("[::1]:8080")).isTrue();
    assertThat(WebServer.loopbackHost(null)).isFalse();
  }

  /** Sends GET /api/health with a chosen Host header over a plain socket (the JDK client will not set Host). */
  private static int rawStatus(String host) throws Exception {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(5_000);
      s.getOutputStream().write(("GET /api/health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String status = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
          java.nio.charset.StandardCharsets.US_ASCII)).readLine();
      return Integer.parseInt(status.substring(9, 12));
    }
  }

  private static long count(String query) {
    Http.Reply r = http.get("/api/events/count?" + query);
    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    return r.json().get("count").asLong();
  }

  @Test
  void count_manyBadParams_400ListsEveryProblemWithItsField() {
    Http.Reply r = http.get("/api/events/count?dyad=JPNKOR&from=2014-13-01&to=yesterday&strict=maybe&bogus=1");
    assertThat(r.status()).isEqualTo(400);
    assertThat(fields(r)).containsExactlyInAnyOrder("dyad", "from", "to", "strict", "bogus");
    assertThat(r.json().get("status").asInt()).isEqualTo(400);
    Http.Reply missing = http.get("/api/events/count?from=2014-02-01&to=2014-01-01");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(fields(missing)).containsExactlyInAnyOrder("dyad", "to");
    assertThat(fields(http.get("/api/events/count?dyad=JPN-JPN"))).containsExactly("dyad");
    assertThat(fields(http.get("/api/events/count?dyad=JPN-KOR&dyad=JPN-CHN"))).containsExactly("dyad");
  }

  @Test
  void monthly_broadAndStrict_equalFixtureMonthByMonth_zeroMonthsIncluded() {
    for (boolean strict : List.of(false, true)) {
      JsonNode s = http.get("/api/events/monthly?dyad=JPN-KOR&strict=" + strict).json();
      List<Long> expected = Fixture.jpnKorMonthly(strict);
      assertThat(s.get("months")).hasSize(Fixture.MONTHS_A + 3);
      assertThat(s.get("months").get(0).asText()).isEqualTo("2013-01");
      assertThat(s.get("months").get(26).asText()).isEqualTo("2015-03");
      List<Long> counts = new ArrayList<>();
      s.get("counts").forEach(n -> counts.add(n.asLong()));
      assertThat(counts).as("strict=%s", strict).isEqualTo(expected);
      assertThat(s.get("total").asLong()).isEqualTo(Fixture.sum(expected));
    }
    JsonNode window = http.get("/api/events/monthly?dyad=JPN-KOR&from=2012-11&to=2013-02").json();
    assertThat(window.get("counts").toString()).isEqualTo("[0,0,1,1]");
    assertThat(fields(http.get("/api/events/monthly?dyad=JPN-KOR&from=2014-01-01&to=1900-1")))
        .containsExactlyInAnyOrder("from", "to");
    assertThat(fields(http.get("/api/events/monthly?dyad=JPN-KOR&from=1900-01&to=2000-01"))).containsExactly("to");
    assertThat(http.get("/api/events/monthly?dyad=KOR-PRK").json().get("months")).isEmpty();
  }

  @Test
  void data_fixture_filesSourcesRejectsAndMonthlyRows() {
    JsonNode d = http.get("/api/data").json();
    long keptA = Fixture.sum(Fixture.jpnKorMonthly(false).subList(0, Fixture.MONTHS_A)) + 24;
    long validA = keptA + 12;
    assertThat(d.get("files")).hasSize(2);
    JsonNode a = d.get("files").get(0);
    assertThat(a.get("name").asText()).isEqualTo("a.txt");
    assertThat(a.get("source").asText()).isEqualTo("test-a");
    assertThat(a.get("valid").asLong()).isEqualTo(validA);
    assertThat(a.get("kept").asLong()).isEqualTo(keptA);
    assertThat(a.get("rejected").asLong()).isEqualTo(5);
    assertThat(a.get("firstMonth").asText()).isEqualTo("2013-01");
    assertThat(a.get("lastMonth").asText()).isEqualTo("2014-12");
    assertThat(a.get("firstEvent").asText()).isEqualTo("2013-01-10");
    assertThat(d.toString()).doesNotContain(dir.toString());
    assertThat(d.get("sources").get(1).get("source").asText()).isEqualTo("test-b");
    assertThat(d.get("sources").get(1).get("kept").asLong()).isEqualTo(3);
    assertThat(d.get("rejects").toString()).isEqualTo("[{\"source\":\"test-a\",\"reason\":\"bad-date\",\"rows\":3},"
        + "{\"source\":\"test-a\",\"reason\":\"column-count\",\"rows\":2}]");
    JsonNode monthly = d.get("monthly");
    assertThat(monthly.get("months")).hasSize(27);
    JsonNode seriesA = monthly.get("series").get(0);
    JsonNode seriesB = monthly.get("series").get(1);
    assertThat(seriesA.get("counts").get(12).asLong()).isEqualTo(Fixture.jpnKorMonthly(false).get(12) + 3);
    assertThat(seriesA.get("counts").get(24).isNull()).as("test-a does not cover 2015-01").isTrue();
    assertThat(seriesB.get("counts").get(0).isNull()).isTrue();
    assertThat(seriesB.get("counts").get(26).asLong()).isEqualTo(1);
  }

  @Test
  void dashboardFiles_servedFromResources_withContentTypesAndPolicy() {
    Http.Reply index = http.get("/");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.header("Content-Type")).startsWith("text/html");
    assertThat(index.header("Content-Security-Policy")).contains("default-src 'self'");
    assertThat(index.raw().body()).contains("/static/app.js");
    assertThat(http.get("/static/app.js").header("Content-Type")).startsWith("text/javascript");
    assertThat(http.get("/static/pages/overview.js").status()).isEqualTo(200);
    Http.Reply uplot = http.get("/vendor/uplot.js");
    assertThat(uplot.status()).isEqualTo(200);
    assertThat(uplot.raw().body()).contains("uPlot");
    assertThat(http.get("/vendor/uplot.css").header("Content-Type")).startsWith("text/css");
  }

  @Test
  void paths_namingServerFiles_are404() {
    for (String path : List.of("/static/..%2f..%2fpom.xml", "/static/%2e%2e/%2e%2e/pom.xml", "/static/../index.html",
        "/static/pages/../../openapi.json", "/static/APP.JS", "/static/app.js%00.css", "/static/nothing.js",
        "/static/a/b/c.js", "/static/..%5c..%5cpom.xml", "/web/index.html", "/META-INF/MANIFEST.MF",
        "/vendor/../web/openapi.json", "/static//etc/passwd", "/api/nothing")) {
      Http.Reply r = http.get(path);
      assertThat(r.status()).as(path).isIn(400, 404);
      assertThat(r.raw().body()).as(path).doesNotContain("root:").doesNotContain("<project");
    }
    Http.Reply r = http.get("/api/nothing");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("status").asInt()).isEqualTo(404);
  }

  static List<String> fields(Http.Reply r) {
    assertThat(r.status()).as(r.raw().body()).isEqualTo(400);
    List<String> out = new ArrayList<>();
    r.json().get("errors").forEach(e -> {
      assertThat(e.get("message").asText()).isNotBlank();
      out.add(e.get("field").asText());
    });
    return out;
  }

  static JsonNode find(JsonNode rows, String field, String value) {
    for (JsonNode row : rows) {
      if (row.get(field).asText().equals(value)) {
        return row;
      }
    }
    throw new AssertionError("no row with " + field + " = " + value + " in " + rows);
  }
}
