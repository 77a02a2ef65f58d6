package org.strait.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.store.EventStore;
import org.strait.store.SavedVerdicts;

/** {@code GET /api/verdicts/latest}: 404 on a store without a verdict table, the latest kept one otherwise. */
class VerdictRoutesTest {
  @TempDir Path dir;
  EventStore store;
  WebServer server;
  Http http;

  @BeforeEach
  void start() throws Exception {
    store = Fixture.create(dir);
    server = WebServer.start(Fixture.settings(), store);
    http = new Http(server.port());
  }

  @AfterEach
  void stop() {
    server.close();
    store.close();
  }

  @Test
  void latest_noTableKept_404SayingHowToComputeOne() {
    Http.Reply r = http.get("/api/verdicts/latest");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("message").asText()).contains("no verdict table").contains("strait verdicts");
  }

  @Test
  void latest_twoKept_theSecondWithItsProvenanceAndTheTableAsKept() {
    store.reader().keepVerdicts(Instant.parse("2026-12-01T08:00:00Z"), "strait verdicts",
        YearMonth.of(2013, 1), YearMonth.of(2014, 12), YearMonth.of(2015, 3), 1, 200, "0.1.0",
        "{\"mechanisms\":{}}");
    store.reader().keepVerdicts(Instant.parse("2026-12-02T09:30:00Z"), "dashboard",
        YearMonth.of(2013, 1), YearMonth.of(2014, 6), YearMonth.of(2015, 2), 9, 40, "0.1.1",
        "{\"mechanisms\":{\"M1\":{\"claims\":[]}},\"meta\":{\"events\":3}}");
    Http.Reply r = http.get("/api/verdicts/latest");
    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    JsonNode j = r.json();
    assertThat(j.get("id").asLong()).isEqualTo(2);
    assertThat(j.get("computedAt").asText()).isEqualTo("2026-12-02T09:30:00Z");
    assertThat(j.get("computedBy").asText()).isEqualTo("dashboard");
    assertThat(j.get("data").get("start").asText()).isEqualTo(Fixture.FIRST.toString());
    assertThat(j.get("data").get("end").asText()).isEqualTo(Fixture.LAST.toString());
    assertThat(j.get("data").get("files").asLong()).isEqualTo(j.get("data").get("filesNow").asLong()).isEqualTo(2);
    assertThat(j.get("windows").toString()).isEqualTo("{\"trainStart\":\"2013-01\",\"trainEnd\":\"2014-06\","
        + "\"testStart\":\"2014-07\",\"testEnd\":\"2015-02\"}");
    assertThat(j.get("seed").asLong()).isEqualTo(9);
    assertThat(j.get("samples").asInt()).isEqualTo(40);
    assertThat(j.get("version").asText()).isEqualTo("0.1.1");
    assertThat(j.get("table").get("meta").get("events").asInt()).isEqualTo(3);
    assertThat(j.get("table").get("mechanisms").has("M1")).isTrue();
  }
}
