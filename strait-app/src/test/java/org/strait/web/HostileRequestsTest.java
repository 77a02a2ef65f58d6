package org.strait.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.store.EventStore;

/**
 * Requests a hostile but fair client sends (issue 16): spans and months no store can hold, oversized and malformed
 * requests, foreign Host headers; each answered at once with the API's JSON error naming the limit.
 */
class HostileRequestsTest {
  private static final String RANGE = RequestLimits.FIRST_MONTH + ".." + RequestLimits.LAST_MONTH;

  @TempDir static Path dir;
  static EventStore store;
  static WebServer server;
  static Http http;

  @BeforeAll
  static void start() throws Exception {
    store = Fixture.create(dir);
    server = WebServer.start(Fixture.settings(), store);
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void monthsOutsideThePlausibleRange_400NamingTheRange() {
    for (String path : new String[] {"/api/index?dyad=JPN-KOR&from=1000-01",
        "/api/index?dyad=JPN-KOR&from=-999999999-01", "/api/index?dyad=JPN-KOR&to=%2B999999999-12",
        "/api/turning-points?dyad=JPN-KOR&from=-999999999-01", "/api/events/monthly?dyad=JPN-KOR&from=-999999999-01",
        "/api/events/count?dyad=JPN-KOR&from=-999999999-01-01", "/api/events/count?dyad=JPN-KOR&to=3000-01-01"}) {
      Http.Reply r = http.get(path);
      assertThat(r.status()).as(path).isEqualTo(400);
      assertThat(r.json().get("errors").get(0).get("message").asText()).as(path).contains(RANGE);
    }
  }

  @Test
  void indexSpanLongerThanTheLimit_400WithTheLimit_alsoWhenAnEndIsTheStore() {
    String limit = "at most " + RequestLimits.MAX_INDEX_MONTHS + " months";
    for (String path : new String[] {"/api/index?dyad=JPN-KOR&from=1800-01&to=2999-12",
        "/api/turning-points?dyad=JPN-KOR&from=1850-01&to=2000-01",
        "/api/index?dyad=JPN-KOR&from=1850-01", "/api/turning-points?dyad=JPN-KOR&to=2999-12"}) {
      Http.Reply r = http.get(path);
      assertThat(r.status()).as(path).isEqualTo(400);
      assertThat(r.json().get("errors").get(0).get("message").asText()).as(path).contains(limit);
    }
    assertThat(http.get("/api/index?dyad=JPN-KOR&from=1950-01").status()).isEqualTo(200);
  }

  @Test
  void jobMonthOutsideTheRange_400_notAFailedJob() {
    Http.Reply r = http.post("/api/jobs", "{\"type\":\"verdicts\",\"params\":{\"trainFrom\":\"-999999999-01\"}}");
    assertThat(r.status()).isEqualTo(400);
    JsonNode problem = r.json().get("errors").get(0);
    assertThat(problem.get("field").asText()).isEqualTo("params.trainFrom");
    assertThat(problem.get("message").asText()).contains(RANGE);
  }

  @Test
  void hostCheck_stillOnWithAToken() {
    String token = "0123456789abcdef-token";
    try (WebServer withToken = WebServer.start(Fixture.settings().withHost("127.0.0.1", token), store)) {
      int port = withToken.port();
      assertThat(RawHttp.get(port, "/api/health", "evil.example:" + port).status()).isEqualTo(403);
      assertThat(RawHttp.get(port, "/api/health", "evil.example", "Authorization: Bearer " + token).status())
          .isEqualTo(403);
      assertThat(RawHttp.get(port, "/api/health", "127.0.0.1:" + port).status()).isEqualTo(200);
      assertThat(RawHttp.get(port, "/api/health", "localhost:" + port).status()).isEqualTo(200);
    }
  }

  @Test
  void apiResponses_carryNosniff() {
    for (String path : new String[] {"/api/health", "/api/index?dyad=JPN-KOR", "/api/index?dyad=JPN",
        "/api/jobs/no-such-job", "/"}) {
      assertThat(http.get(path).header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
    }
  }

  @Test
  void jettysOwnErrors_inTheApiJsonShape() throws Exception {
    int port = server.port();
    RawHttp.Reply longUri = RawHttp.get(port, "/api/health?x=" + "a".repeat(100_000), "127.0.0.1");
    RawHttp.Reply bigHeader = RawHttp.get(port, "/api/health", "127.0.0.1", "X-Big: " + "b".repeat(100_000));
    RawHttp.Reply badLine = RawHttp.send(port, "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Length: not-a-number\r\nConnection: close\r\n\r\n");
    int[] expected = {414, 431, 400};
    RawHttp.Reply[] replies = {longUri, bigHeader, badLine};
    for (int i = 0; i < replies.length; i++) {
      RawHttp.Reply r = replies[i];
      assertThat(r.status()).as(r.head()).isEqualTo(expected[i]);
      assertThat(RawHttp.isJson(r)).as(r.head()).isTrue();
      assertThat(r.header("X-Content-Type-Options")).as(r.head()).isEqualTo("nosniff");
      JsonNode body = Http.JSON.readTree(r.body());
      assertThat(body.get("status").asInt()).isEqualTo(expected[i]);
      assertThat(body.get("message").asText()).isNotBlank().doesNotContain("<");
      assertThat(body.get("errors").isArray()).isTrue();
    }
  }

  @Test
  void health_storeWhoseReadsFail_503FailingWithTheProblem() throws Exception {
    try (EventStore broken = Fixture.create(java.nio.file.Files.createDirectory(dir.resolve("broken")));
        WebServer s = WebServer.start(Fixture.settings(), broken)) {
      Http h = new Http(s.port());
      assertThat(h.get("/api/health").json().get("status").asText()).isEqualTo("ok");
      try (java.sql.Statement st = broken.connection().createStatement()) {
        st.execute("ALTER TABLE events RENAME TO events_gone"); // the files table still reads, events do not
      }
      assertThat(h.get("/api/index?dyad=JPN-KOR").status()).isEqualTo(500);
      Http.Reply health = h.get("/api/health");
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.json().get("status").asText()).isEqualTo("failing");
      assertThat(health.json().get("problem").asText()).contains("index of JPN-KOR");
      s.reads().close();
      Http.Reply closed = h.get("/api/health");
      assertThat(closed.status()).isEqualTo(503);
      assertThat(closed.json().get("problem").asText()).contains("closed");
    }
  }

  @Test
  void unknownCountryCode_400NamingTheValidCodes() {
    for (String path : new String[] {"/api/index?dyad=JPN-XXX", "/api/events/count?dyad=XXX-KOR",
        "/api/chronicle?actor=XXX"}) {
      Http.Reply r = http.get(path);
      assertThat(r.status()).as(path).isEqualTo(400);
      assertThat(r.json().get("errors").get(0).get("message").asText()).as(path).contains("XXX")
          .contains("JPN, KOR, USA, CHN, PRK, RUS");
    }
    Http.Reply job = http.post("/api/jobs", "{\"type\":\"monthly-counts\",\"params\":{\"dyad\":\"JPN-XXX\"}}");
    assertThat(job.status()).isEqualTo(400);
    assertThat(job.json().get("errors").get(0).get("field").asText()).isEqualTo("params.dyad");
  }
}
