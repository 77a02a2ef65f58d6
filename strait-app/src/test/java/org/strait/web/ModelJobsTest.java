package org.strait.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.app.bargain.BargainCase;
import org.strait.app.bargain.DisputeReaders;
import org.strait.bargain.Dispute;
import org.strait.bargain.Stakeholder;
import org.strait.store.EventStore;

/** The job types {@code scenario} and {@code bargaining} end to end over HTTP, with their error paths. */
class ModelJobsTest {
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

  private JsonNode run(String body) throws InterruptedException {
    return run(body, 25);
  }

  private JsonNode run(String body, int seconds) throws InterruptedException {
    Http.Reply submitted = http.post("/api/jobs", body);
    assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(202);
    JsonNode done = http.awaitJob(submitted.json().get("id").asText(), seconds);
    assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
    return http.get("/api/jobs/" + done.get("id").asText() + "/result").json();
  }

  @Test
  void scenario_baseline_quantilesPerMonthThresholdsSeedAndVersion_sameSeedSameResult() throws Exception {
    String body = "{\"type\":\"scenario\",\"params\":{\"scenario\":\"baseline\",\"runs\":40,\"seed\":7,"
        + "\"fit\":false}}";
    JsonNode first = run(body);
    JsonNode r = first.get("result");
    assertThat(first.get("params").get("seed").asLong()).isEqualTo(7);
    assertThat(r.get("scenario").asText()).isEqualTo("baseline");
    assertThat(r.get("runs").asInt()).isEqualTo(40);
    assertThat(r.get("seed").asLong()).isEqualTo(7);
    assertThat(r.get("version").asText()).isNotBlank();
    // baseline.yaml: start 2023-04, horizon 120 months, thresholds low-2019 and thaw-2023
    assertThat(r.get("months")).hasSize(120);
    assertThat(r.get("months").get(0).asText()).isEqualTo("2023-04");
    assertThat(r.get("months").get(119).asText()).isEqualTo("2033-03");
    assertThat(r.get("levels").toString()).isEqualTo("[0.05,0.25,0.5,0.75,0.95]");
    JsonNode q = r.get("quantiles");
    for (int t = 0; t < 120; t++) {
      for (int l = 1; l < 5; l++) {
        assertThat(q.get(l).get(t).asDouble()).isGreaterThanOrEqualTo(q.get(l - 1).get(t).asDouble());
      }
    }
    List<String> names = new ArrayList<>();
    r.get("thresholds").forEach(c -> names.add(c.get("name").asText()));
    assertThat(names).containsExactly("low-2019", "thaw-2023");
    for (JsonNode c : r.get("thresholds")) {
      JsonNode by = c.get("byMonth");
      for (int t = 1; t < 120; t++) {
        assertThat(by.get(t).asDouble()).isGreaterThanOrEqualTo(by.get(t - 1).asDouble());
      }
      assertThat(c.get("byEnd").asDouble()).isEqualTo(by.get(119).asDouble());
      // with 40 runs every share is a multiple of 1/40
      assertThat(c.get("byEnd").asDouble() * 40).isCloseTo(Math.rint(c.get("byEnd").asDouble() * 40), within(1e-9));
    }
    assertThat(r.get("fitted").isNull()).as("a run on the priors says so").isTrue();
    assertThat(c(run(body))).isEqualTo(c(first));
    JsonNode other = run(body.replace("\"seed\":7", "\"seed\":8")).get("result");
    assertThat(other.get("quantiles")).isNotEqualTo(r.get("quantiles"));
  }

  @Test
  void scenario_byDefault_onTheModelFittedToTheWholeRecord_withItsLastMonths() throws Exception {
    JsonNode reply = run("{\"type\":\"scenario\",\"params\":{\"scenario\":\"baseline\",\"runs\":40,\"seed\":7}}",
        300);
    assertThat(reply.get("params").get("fit").asBoolean()).isTrue();
    JsonNode r = reply.get("result");
    JsonNode f = r.get("fitted");
    assertThat(f.get("trainStart").asText()).isEqualTo(Fixture.FIRST.toString());
    assertThat(f.get("trainEnd").asText()).isEqualTo(Fixture.LAST.toString());
    assertThat(f.get("fitSeed").asLong()).isEqualTo(1);
    assertThat(f.get("draws").asInt()).isBetween(1, 40);
    // the record's last 36 months before the scenario (2023-04), clipped to the record: 2013-01..2015-03
    assertThat(f.get("observedMonths")).hasSize(27);
    assertThat(f.get("observedMonths").get(26).asText()).isEqualTo("2015-03");
    assertThat(f.get("start").asText()).contains("2015-03");
    assertThat(r.get("months").get(0).asText()).isEqualTo("2023-04");
    JsonNode priors = run("{\"type\":\"scenario\",\"params\":{\"scenario\":\"baseline\",\"runs\":40,\"seed\":7,"
        + "\"fit\":false}}").get("result");
    assertThat(r.get("quantiles")).isNotEqualTo(priors.get("quantiles"));
  }

  private static JsonNode c(JsonNode reply) {
    return reply.get("result");
  }

  @Test
  void scenario_badParams_400NamingEachField() {
    Http.Reply r = http.post("/api/jobs",
        "{\"type\":\"scenario\",\"params\":{\"scenario\":\"../etc/passwd\",\"runs\":5000}}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").toString()).contains("params.runs");
    Http.Reply unknown = http.post("/api/jobs", "{\"type\":\"scenario\",\"params\":{\"scenario\":\"../baseline\"}}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("params.scenario");
    assertThat(unknown.json().get("errors").get(0).get("message").asText()).contains("unknown scenario")
        .contains("thaw-holds");
  }

  @Test
  void bargaining_wartimeLabour_positionsOverRoundsOutcomesAndTheBaseline() throws Exception {
    JsonNode reply = run("{\"type\":\"bargaining\",\"params\":{\"dispute\":\"wartime-labour\",\"model\":\"smp\","
        + "\"runs\":20,\"seed\":3}}");
    JsonNode r = reply.get("result");
    assertThat(r.get("case").asText()).isEqualTo("wartime-labour");
    assertThat(r.get("seed").asLong()).isEqualTo(3);
    assertThat(r.get("runs").asInt()).isEqualTo(20);
    BargainCase c = DisputeReaders.read(Path.of("src/main/resources/cases/wartime-labour.yaml"));
    Dispute d = c.dispute();
    assertThat(r.get("actors")).hasSize(d.size());
    int rounds = r.get("rounds").asInt();
    for (int i = 0; i < d.size(); i++) {
      Stakeholder s = d.stakeholders().get(i);
      JsonNode a = r.get("actors").get(i);
      assertThat(a.get("name").asText()).isEqualTo(s.name());
      JsonNode path = a.get("positions").get(0);
      assertThat(path).hasSize(rounds + 1);
      assertThat(path.get(0).asDouble()).isCloseTo(s.position(0), within(1e-9));
    }
    double num = 0;
    double den = 0;
    for (Stakeholder s : d.stakeholders()) {
      num += s.capability() * s.salience(0) * s.position(0);
      den += s.capability() * s.salience(0);
    }
    JsonNode dim = r.get("dimensions").get(0);
    assertThat(dim.get("baseline").asDouble()).isCloseTo(num / den, within(1e-9));
    JsonNode mc = dim.get("monteCarlo");
    assertThat(mc.get("runs").asInt()).isEqualTo(20);
    assertThat(mc.get("outcomes")).hasSize(20);
    assertThat(mc.get("sensitivity")).hasSize(d.size());
  }

  @Test
  void bargaining_badParams_400NamingEachField() {
    Http.Reply r = http.post("/api/jobs",
        "{\"type\":\"bargaining\",\"params\":{\"dispute\":\"no-such\",\"model\":\"xx\",\"runs\":1}}");
    assertThat(r.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("params.runs");
    Http.Reply r2 = http.post("/api/jobs",
        "{\"type\":\"bargaining\",\"params\":{\"dispute\":\"no-such\",\"model\":\"xx\"}}");
    List<String> fields2 = new ArrayList<>();
    r2.json().get("errors").forEach(e -> fields2.add(e.get("field").asText()));
    assertThat(fields2).containsExactlyInAnyOrder("params.dispute", "params.model");
  }

  @Test
  void verdicts_badWindows_400NamingTheField() {
    Http.Reply r = http.post("/api/jobs", "{\"type\":\"verdicts\",\"params\":{\"trainFrom\":\"2013-01\","
        + "\"trainTo\":\"2013-12\",\"testTo\":\"2015-03\"}}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("params.trainTo");
    Http.Reply order = http.post("/api/jobs", "{\"type\":\"verdicts\",\"params\":{\"trainFrom\":\"2010-01\","
        + "\"trainTo\":\"2012-12\",\"testTo\":\"2012-06\"}}");
    assertThat(order.status()).isEqualTo(400);
    assertThat(order.json().get("errors").get(0).get("field").asText()).isEqualTo("params.testTo");
  }

  @Test
  void verdicts_fixtureStore_everyClaimWithItsSourceVerdictAndSeed() throws Exception {
    JsonNode reply = run("{\"type\":\"verdicts\",\"params\":{\"trainFrom\":\"2013-01\",\"trainTo\":\"2014-12\","
        + "\"testTo\":\"2015-03\",\"samples\":20,\"seed\":5}}", 300);
    JsonNode r = reply.get("result");
    assertThat(r.get("seed").asLong()).isEqualTo(5);
    assertThat(r.get("mechanisms")).hasSize(org.strait.model.MechanismId.values().length);
    int claims = 0;
    for (JsonNode m : r.get("mechanisms")) {
      for (JsonNode c : m.get("claims")) {
        claims++;
        assertThat(c.get("source").asText()).isNotBlank();
        assertThat(c.get("verdict").asText()).isNotBlank();
      }
    }
    assertThat(claims).isEqualTo(org.strait.model.mechanism.Mechanisms.claims().size());
    // the job kept its table in the store, where the dashboard opens on it
    JsonNode kept = http.get("/api/verdicts/latest").json();
    assertThat(kept.get("computedBy").asText()).isEqualTo("dashboard");
    assertThat(kept.get("seed").asLong()).isEqualTo(5);
    assertThat(kept.get("samples").asInt()).isEqualTo(20);
    assertThat(kept.get("windows").get("testEnd").asText()).isEqualTo("2015-03");
    assertThat(kept.get("table").get("mechanisms")).isEqualTo(r.get("mechanisms"));
  }
}
