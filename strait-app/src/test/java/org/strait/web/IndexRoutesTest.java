package org.strait.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.knowledge.ChronicleEntry;
import org.strait.knowledge.DatePrecision;
import org.strait.knowledge.Knowledge;
import org.strait.store.EventStore;

/** {@code /api/index} and {@code /api/turning-points} on stores whose contents are known by construction. */
class IndexRoutesTest {
  @TempDir static Path dir;
  static EventStore store;
  static EventStore turn;
  static WebServer server;
  static WebServer turnServer;
  static Http http;
  static Http turnHttp;

  @BeforeAll
  static void start() throws Exception {
    store = Fixture.create(dir);
    turn = Fixture.createTurn(Files.createDirectory(dir.resolve("turn")));
    server = WebServer.start(Fixture.settings(), store);
    turnServer = WebServer.start(Fixture.settings(), turn);
    http = new Http(server.port());
    turnHttp = new Http(turnServer.port());
  }

  @AfterAll
  static void stop() {
    server.close();
    turnServer.close();
    store.close();
    turn.close();
  }

  @Test
  void index_fixture_everyMonthWithEventsRawMeanSourceAndInterval() {
    Http.Reply r = http.get("/api/index?dyad=KOR-JPN");
    assertThat(r.status()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.get("dyad").asText()).isEqualTo("JPN-KOR");
    assertThat(body.get("level").asDouble()).isEqualTo(0.90);
    JsonNode months = body.get("months");
    assertThat(months).hasSize(27);
    List<Long> expected = Fixture.jpnKorMonthly(false);
    long total = 0;
    for (int i = 0; i < 27; i++) {
      JsonNode m = months.get(i);
      assertThat(m.get("month").asText()).isEqualTo(Fixture.FIRST.plusMonths(i).toString());
      assertThat(m.get("events").asLong()).as(m.get("month").asText()).isEqualTo(expected.get(i));
      total += expected.get(i);
      if (i < Fixture.MONTHS_A) {
        int cooperative = i % 4;
        int hostile = i % 3 == 0 ? 1 : 0;
        if (cooperative + hostile == 0) {
          assertThat(m.get("raw").isNull()).isTrue();
        } else {
          assertThat(m.get("raw").asDouble()).isCloseTo((cooperative - 2.0 * hostile) / (cooperative + hostile),
              within(1e-9));
        }
        // file a has no row at all in 2013-05 and 2013-09 (i = 4, 8), so no source covers them
        assertThat(m.get("source").isNull()).as(m.get("month").asText()).isEqualTo(i == 4 || i == 8);
        if (i != 4 && i != 8) {
          assertThat(m.get("source").asText()).isEqualTo("test-a");
        }
      } else {
        assertThat(m.get("raw").asDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(m.get("source").asText()).isEqualTo("test-b");
      }
      assertThat(m.get("lower").asDouble()).isLessThan(m.get("index").asDouble());
      assertThat(m.get("upper").asDouble()).isGreaterThan(m.get("index").asDouble());
      // a 90% normal interval is the mean plus or minus 1.6449 standard deviations
      assertThat(m.get("upper").asDouble() - m.get("lower").asDouble())
          .isCloseTo(2 * 1.6448536 * m.get("sd").asDouble(), within(1e-6));
      assertThat(m.get("levelUpper").asDouble() - m.get("levelLower").asDouble())
          .isCloseTo(2 * 1.6448536 * m.get("levelSd").asDouble(), within(1e-6));
      // a month with data: its value is its raw mean shrunk toward the level, so it lies between the two
      if (!m.get("raw").isNull()) {
        assertThat(m.get("index").asDouble()).isBetween(
            Math.min(m.get("level").asDouble(), m.get("raw").asDouble()) - 1e-9,
            Math.max(m.get("level").asDouble(), m.get("raw").asDouble()) + 1e-9);
      }
    }
    assertThat(body.get("events").asLong()).isEqualTo(total);
  }

  @Test
  void index_monthsAndSource_restrictTheSeries() {
    JsonNode body = http.get("/api/index?dyad=JPN-KOR&from=2014-11&to=2015-02&source=test-b").json();
    List<String> months = new ArrayList<>();
    body.get("months").forEach(m -> months.add(m.get("month").asText()));
    assertThat(months).containsExactly("2014-11", "2014-12", "2015-01", "2015-02");
    assertThat(body.get("months").get(0).get("events").asLong()).isZero();
    assertThat(body.get("months").get(2).get("events").asLong()).isEqualTo(1);
    assertThat(body.get("events").asLong()).isEqualTo(2);
    assertThat(body.get("source").asText()).isEqualTo("test-b");
  }

  @Test
  void index_badParams_400ListsEveryProblemWithItsField() {
    Http.Reply r = http.get("/api/index?from=2015-13&to=x&color=red");
    assertThat(r.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("color", "dyad", "from", "to");
    Http.Reply order = http.get("/api/index?dyad=JPN-KOR&from=2015-02&to=2015-01");
    assertThat(order.status()).isEqualTo(400);
    assertThat(order.json().get("errors").get(0).get("field").asText()).isEqualTo("to");
    Http.Reply source = http.get("/api/index?dyad=JPN-KOR&source=nowhere");
    assertThat(source.status()).isEqualTo(400);
    assertThat(source.json().get("errors").get(0).get("field").asText()).isEqualTo("source");
    Http.Reply same = http.get("/api/index?dyad=JPN-JPN");
    assertThat(same.status()).isEqualTo(400);
    Http.Reply rate = http.get("/api/turning-points?dyad=JPN-KOR&falseAlarmRate=13");
    assertThat(rate.status()).isEqualTo(400);
    assertThat(rate.json().get("errors").get(0).get("field").asText()).isEqualTo("falseAlarmRate");
    assertThat(http.get("/api/turning-points?dyad=JPN-KOR&falseAlarmRate=lots").status()).isEqualTo(400);
  }

  @Test
  void index_emptyStore_noMonthsAndSaysWhy() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    try (EventStore none = EventStore.open(empty.resolve("s.duckdb"));
        WebServer other = WebServer.start(Fixture.settings(), none)) {
      Http h = new Http(other.port());
      JsonNode index = h.get("/api/index?dyad=JPN-KOR").json();
      assertThat(index.get("months")).isEmpty();
      assertThat(index.get("note").asText()).contains("no events");
      JsonNode turns = h.get("/api/turning-points?dyad=JPN-KOR").json();
      assertThat(turns.get("points")).isEmpty();
      assertThat(turns.get("note").asText()).contains("no events");
    }
  }

  @Test
  void turningPoints_fallAndShock_foundAtTheirMonthsWithChronicleNotesAndTheirSources() {
    Http.Reply r = turnHttp.get("/api/turning-points?dyad=JPN-KOR");
    assertThat(r.status()).isEqualTo(200);
    JsonNode body = r.json();
    // the default rate, 1 false turning point a year (docs/indices.md)
    assertThat(body.get("falseAlarmRate").asDouble()).isEqualTo(1.0);
    assertThat(body.get("seed").asLong()).isEqualTo(1);
    assertThat(body.get("replicates").asInt()).isEqualTo(1000);
    assertThat(body.get("version").asText()).isNotBlank();
    JsonNode points = body.get("points");
    // the fall and the one-month shock of 2018-10 (all twenty events conflictual), in month order
    assertThat(points).hasSize(2);
    JsonNode shock = points.get(0);
    assertThat(shock.get("month").asText()).isEqualTo(Fixture.SHOCK_AT.toString());
    assertThat(shock.get("kind").asText()).isEqualTo("SHOCK");
    assertThat(shock.get("months").asInt()).isEqualTo(1);
    assertThat(shock.get("direction").asText()).isEqualTo("DOWN");
    assertThat(shock.get("after").asDouble()).isEqualTo(-2.0);
    // annotated by the chronicle's Japan-Korea entries of 2018-09..11, the forced-labour ruling of 30 Oct among them
    assertThat(shock.get("notes").toString()).contains("Supreme Court orders Nippon Steel");
    JsonNode p = points.get(1);
    assertThat(p.get("month").asText()).isEqualTo(Fixture.TURN_AT.toString());
    assertThat(p.get("kind").asText()).isEqualTo("LEVEL");
    assertThat(p.get("months").asInt()).isEqualTo(1);
    assertThat(p.get("direction").asText()).isEqualTo("DOWN");
    // the net share falls too (0.5 to -0.5) in the same month: one turn, in the index's own measure
    assertThat(p.get("measure").asText()).isEqualTo("GOLDSTEIN");
    // the smoothed level either side of the fall; the fixture's months average 0.25 before and -1.25 after
    assertThat(p.get("before").asDouble()).isCloseTo(0.25, within(0.3));
    assertThat(p.get("after").asDouble()).isCloseTo(-1.25, within(0.3));
    assertThat(p.get("confidence").asDouble()).isGreaterThan(0.95);
    assertThat(p.get("events").asLong()).isEqualTo(20);
    // the chronicle's entries dated to a day or month within a month of 2019-07 that involve both Japan and Korea
    LocalDate from = LocalDate.of(2019, 6, 1);
    LocalDate to = LocalDate.of(2019, 8, 31);
    List<String> expected = new ArrayList<>();
    for (ChronicleEntry e : Knowledge.standard().chronicle().entries()) {
      boolean near = !e.date().start().isAfter(to) && !e.date().start().isBefore(from)
          && e.date().precision() != DatePrecision.YEAR;
      if (near && e.actors().contains(Country.JPN) && e.actors().contains(Country.KOR)) {
        expected.add(e.source());
      }
    }
    List<String> sources = new ArrayList<>();
    p.get("notes").forEach(n -> sources.add(n.get("source").asText()));
    assertThat(sources).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
    assertThat(p.get("notes").toString()).contains("Japan tightens export licensing of three chip materials");
    JsonNode index = turnHttp.get("/api/index?dyad=JPN-KOR").json();
    assertThat(index.get("months")).hasSize(24);
  }

  @Test
  void turningPoints_shortSeries_noneAndSaysWhy() {
    JsonNode body = http.get("/api/turning-points?dyad=JPN-KOR&from=2015-01&to=2015-03").json();
    assertThat(body.get("points")).isEmpty();
    assertThat(body.get("threshold").isNull()).isTrue();
    assertThat(body.get("note").asText()).contains("too few months");
  }
}
