package org.strait.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.knowledge.ChronicleEntry;
import org.strait.knowledge.Knowledge;
import org.strait.store.EventStore;

/** The knowledge reads ({@code /api/chronicle}, {@code /api/leaders}, {@code /api/disputes}) and the catalogues. */
class KnowledgeRoutesTest {
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
  void chronicle_filteredByDaysAndActor_theEntriesThatOverlapAndInvolveIt() {
    Http.Reply r = http.get("/api/chronicle?from=2019-01-01&to=2019-12-31&actor=KOR");
    assertThat(r.status()).isEqualTo(200);
    LocalDate from = LocalDate.of(2019, 1, 1);
    LocalDate to = LocalDate.of(2019, 12, 31);
    List<String> expected = new ArrayList<>();
    for (ChronicleEntry e : Knowledge.standard().chronicle().entries()) {
      if (!e.date().start().isAfter(to) && !e.date().end().isBefore(from) && e.actors().contains(Country.KOR)) {
        expected.add(e.id());
      }
    }
    List<String> ids = new ArrayList<>();
    r.json().forEach(e -> ids.add(e.get("id").asText()));
    assertThat(ids).containsExactlyInAnyOrderElementsOf(expected).contains("export-controls-2019");
    JsonNode export = null;
    for (JsonNode e : r.json()) {
      if (e.get("id").asText().equals("export-controls-2019")) {
        export = e;
      }
    }
    assertThat(export.get("date").asText()).isEqualTo("2019-07-01");
    assertThat(export.get("source").asText()).startsWith("METI announcement of 1 Jul 2019");
    assertThat(export.get("disputes").get(0).asText()).isEqualTo("export-controls");
    assertThat(export.get("confidence").asText()).isEqualTo("high");
    int all = http.get("/api/chronicle").json().size();
    assertThat(all).isEqualTo(Knowledge.standard().chronicle().size());
    JsonNode dispute = http.get("/api/chronicle?dispute=export-controls").json();
    dispute.forEach(e -> assertThat(e.get("disputes").toString()).contains("export-controls"));
    assertThat(dispute.size()).isPositive().isLessThan(all);
  }

  @Test
  void chronicle_badParams_400ListsEveryProblem() {
    Http.Reply r = http.get("/api/chronicle?from=2019-02-30&dispute=no-such&actor=kor&colour=1");
    assertThat(r.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("from", "dispute", "actor", "colour");
    Http.Reply order = http.get("/api/chronicle?from=2020-01-01&to=2019-01-01");
    assertThat(order.status()).isEqualTo(400);
    assertThat(order.json().get("errors").get(0).get("field").asText()).isEqualTo("to");
  }

  @Test
  void leadersAndDisputes_everyEntryWithItsSource() {
    JsonNode leaders = http.get("/api/leaders").json();
    assertThat(leaders.fieldNames()).toIterable().containsExactly("terms", "elections");
    assertThat(leaders.get("terms")).hasSize(Knowledge.standard().leaders().terms().size());
    assertThat(leaders.get("elections")).hasSize(Knowledge.standard().leaders().elections().size());
    JsonNode moon = null;
    for (JsonNode t : leaders.get("terms")) {
      if (t.get("person").asText().equals("Moon Jae-in")) {
        moon = t;
      }
    }
    assertThat(moon.get("office").asText()).isEqualTo("KOR-president");
    assertThat(moon.get("start").asText()).isEqualTo("2017-05-10");
    assertThat(moon.get("end").asText()).isEqualTo("2022-05-09");
    assertThat(moon.get("source").asText()).contains("National Election Commission");
    JsonNode disputes = http.get("/api/disputes").json();
    assertThat(disputes.fieldNames()).toIterable().containsExactly("disputes", "links");
    List<String> ids = new ArrayList<>();
    disputes.get("disputes").forEach(d -> ids.add(d.get("id").asText()));
    assertThat(ids).containsExactlyInAnyOrderElementsOf(Knowledge.standard().disputes().ids())
        .contains("export-controls");
    disputes.get("disputes").forEach(d -> assertThat(d.get("source").asText()).isNotBlank());
    assertThat(disputes.get("links")).hasSize(Knowledge.standard().disputes().links().size());
    assertThat(http.get("/api/leaders?x=1").status()).isEqualTo(400);
  }

  @Test
  void catalogues_listTheRepositorysScenariosAndTheShippedCases() throws IOException {
    List<String> files;
    try (Stream<Path> list = Files.list(Fixture.scenarios())) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - 5)).toList();
    }
    JsonNode scenarios = http.get("/api/scenarios").json();
    List<String> ids = new ArrayList<>();
    scenarios.get("scenarios").forEach(s -> ids.add(s.get("id").asText()));
    assertThat(ids).containsExactlyInAnyOrderElementsOf(files).contains("baseline", "thaw-holds");
    assertThat(scenarios.get("problems")).isEmpty();
    JsonNode baseline = scenarios.get("scenarios").get(ids.indexOf("baseline"));
    assertThat(baseline.get("start").asText()).isEqualTo("2023-04");
    assertThat(baseline.get("horizonMonths").asInt()).isEqualTo(120);
    JsonNode cases = http.get("/api/cases").json();
    List<String> caseIds = new ArrayList<>();
    cases.get("cases").forEach(c -> caseIds.add(c.get("id").asText()));
    assertThat(caseIds).containsExactly("fukushima-water", "wartime-labour");
  }

  @Test
  void catalogues_missingFolderOrBadFile_listedWithTheReason() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("scenarios"));
    Files.copy(Fixture.scenarios().resolve("baseline.yaml"), folder.resolve("baseline.yaml"));
    Files.writeString(folder.resolve("broken.yaml"), "id: broken\ntitle: [unclosed\n");
    try (WebServer other = WebServer.start(Fixture.settings().withScenarios(folder), store)) {
      JsonNode body = new Http(other.port()).get("/api/scenarios").json();
      assertThat(body.get("scenarios")).hasSize(1);
      assertThat(body.get("problems")).hasSize(1);
      assertThat(body.get("problems").get(0).asText()).startsWith("broken.yaml: ");
    }
    try (WebServer other = WebServer.start(Fixture.settings().withScenarios(dir.resolve("absent")), store)) {
      JsonNode body = new Http(other.port()).get("/api/scenarios").json();
      assertThat(body.get("scenarios")).isEmpty();
      assertThat(body.get("problems").get(0).asText()).contains("no scenarios folder");
    }
  }
}
