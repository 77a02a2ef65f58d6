package org.strait.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.store.EventStore;

/** The job endpoints end to end: submit, follow, fetch, cancel, every error path, and the bounded queue. */
class JobRoutesTest {
  @TempDir static Path dir;
  static EventStore store;

  @BeforeAll
  static void open() throws Exception {
    store = Fixture.create(dir);
  }

  @AfterAll
  static void close() throws InterruptedException {
    store.close();
    long deadline = System.nanoTime() + 10_000_000_000L;
    List<String> left;
    do {
      left = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
          .filter(n -> n.startsWith("strait-job-") || n.startsWith("JettyServerThreadPool")).toList();
      Thread.sleep(50);
    } while (!left.isEmpty() && System.nanoTime() < deadline);
    assertThat(left).as("job and server threads left after every server was closed").isEmpty();
  }

  @Test
  void monthlyCounts_submitted_progressesToFixtureSeries_sameAsMonthlyEndpoint() throws Exception {
    try (WebServer server = WebServer.start(WebSettings.loopback(0), store)) {
      Http http = new Http(server.port());
      Http.Reply submitted = http.post("/api/jobs", "{\"type\":\"monthly-counts\",\"params\":{\"dyad\":\"KOR-JPN\"}}");
      assertThat(submitted.status()).isEqualTo(202);
      String id = submitted.json().get("id").asText();
      assertThat(submitted.header("Location")).isEqualTo("/api/jobs/" + id);
      assertThat(submitted.json().get("params").get("strict").asBoolean()).isFalse();
      JsonNode done = http.awaitJob(id, 20);
      assertThat(done.get("state").asText()).isEqualTo("SUCCEEDED");
      assertThat(done.get("done").asLong()).isEqualTo(27);
      assertThat(done.get("total").asLong()).isEqualTo(27);
      assertThat(done.get("note").asText()).isEqualTo("2015-03");
      JsonNode result = http.get("/api/jobs/" + id + "/result").json().get("result");
      List<Long> counts = new ArrayList<>();
      result.get("counts").forEach(n -> counts.add(n.asLong()));
      assertThat(counts).isEqualTo(Fixture.jpnKorMonthly(false));
      JsonNode grouped = http.get("/api/events/monthly?dyad=KOR-JPN").json();
      assertThat(result.get("counts")).isEqualTo(grouped.get("counts"));
      assertThat(result.get("months")).isEqualTo(grouped.get("months"));

      Http.Reply strict = http.post("/api/jobs",
          "{\"type\":\"monthly-counts\",\"params\":{\"dyad\":\"JPN-KOR\",\"strict\":true,\"from\":\"2013-01\","
              + "\"to\":\"2013-06\"}}");
      JsonNode strictDone = http.awaitJob(strict.json().get("id").asText(), 20);
      assertThat(strictDone.get("state").asText()).isEqualTo("SUCCEEDED");
      JsonNode strictResult = http.get("/api/jobs/" + strictDone.get("id").asText() + "/result").json();
      assertThat(strictResult.get("result").get("counts").toString()).isEqualTo("[0,1,2,3,0,1]");
      assertThat(http.get("/api/jobs").json().get(0).get("id").asText()).isEqualTo(strictDone.get("id").asText());
      JsonNode types = http.get("/api/jobs/types").json();
      List<String> names = new ArrayList<>();
      types.forEach(t -> names.add(t.get("name").asText()));
      assertThat(names).containsExactly("bargaining", "monthly-counts", "scenario", "verdicts");
      assertThat(types.get(1).get("parameters")).hasSize(5);
    }
  }

  @Test
  void submit_invalid_400ListsEveryProblem() {
    try (WebServer server = WebServer.start(WebSettings.loopback(0), store)) {
      Http http = new Http(server.port());
      Http.Reply bad = http.post("/api/jobs", "{\"type\":\"monthly-counts\",\"params\":{\"dyad\":\"JPN\","
          + "\"from\":\"2014-13\",\"strict\":\"yes\",\"source\":\"\",\"runs\":5}}");
      assertThat(ReadRoutesTest.fields(bad)).containsExactlyInAnyOrder("params.dyad", "params.from",
          "params.strict", "params.source", "params.runs");
      assertThat(ReadRoutesTest.fields(http.post("/api/jobs", "{\"type\":\"no-such\"}"))).containsExactly("type");
      assertThat(ReadRoutesTest.fields(http.post("/api/jobs", "{\"params\":{}}"))).containsExactly("type");
      assertThat(ReadRoutesTest.fields(http.post("/api/jobs", "{\"type\":7,\"extra\":1}")))
          .containsExactlyInAnyOrder("type", "extra");
      assertThat(ReadRoutesTest.fields(http.post("/api/jobs", "{not json"))).containsExactly("body");
      assertThat(ReadRoutesTest.fields(http.post("/api/jobs", "[1,2]"))).containsExactly("body");
      assertThat(ReadRoutesTest.fields(http.post("/api/jobs", "{\"type\":\"monthly-counts\",\"params\":"
          + "{\"dyad\":\"JPN-KOR\",\"from\":\"1900-01\",\"to\":\"2014-01\"}}"))).containsExactly("params.to");
      assertThat(ReadRoutesTest.fields(http.post("/api/jobs", "{\"type\":\"monthly-counts\",\"params\":"
          + "{\"dyad\":\"KOR-PRK\",\"to\":\"2014-01\"}}"))).containsExactly("params.from");
      assertThat(http.post("/api/jobs", "{}", "Content-Type", "text/plain").status()).isEqualTo(415);
      assertThat(http.post("/api/jobs", "{\"type\":\"" + "x".repeat(70_000) + "\"}").status()).isEqualTo(413);
      assertThat(http.get("/api/jobs/no-such-id").status()).isEqualTo(404);
      assertThat(http.get("/api/jobs/no-such-id/result").status()).isEqualTo(404);
      assertThat(http.delete("/api/jobs/no-such-id").json().get("status").asInt()).isEqualTo(404);
      assertThat(http.get("/api/jobs").json()).isEmpty();
    }
  }

  @Test
  void queueFull_extraSubmission429_acceptedJobsFinish_andQueueTakesWorkAgain() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    TestJobs.Blocking blocking = new TestJobs.Blocking(release);
    try (WebServer server = WebServer.start(WebSettings.loopback(0).withJobs(1, 2), store, List.of(blocking))) {
      Http http = new Http(server.port());
      List<String> accepted = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Http.Reply r = http.post("/api/jobs", "{\"type\":\"blocking\"}");
        assertThat(r.status()).as("submission %s", i).isEqualTo(202);
        accepted.add(r.json().get("id").asText());
        if (i == 0) {
          assertThat(blocking.started.await(10, TimeUnit.SECONDS)).isTrue(); // the thread holds the first job
        }
      }
      for (int i = 0; i < 5; i++) {
        Http.Reply refused = http.post("/api/jobs", "{\"type\":\"blocking\"}");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.json().get("message").asText()).contains("queue is full");
      }
      assertThat(http.get("/api/jobs").json()).hasSize(3);
      assertThat(http.get("/api/health").status()).isEqualTo(200);
      assertThat(http.get("/api/jobs/" + accepted.get(2) + "/result").status()).isEqualTo(409);
      release.countDown();
      for (String id : accepted) {
        assertThat(http.awaitJob(id, 10).get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(http.get("/api/jobs/" + id + "/result").json().get("result").asText()).isEqualTo("released");
      }
      Http.Reply again = http.post("/api/jobs", "{\"type\":\"blocking\"}");
      assertThat(again.status()).isEqualTo(202);
      assertThat(http.awaitJob(again.json().get("id").asText(), 10).get("state").asText()).isEqualTo("SUCCEEDED");
    }
  }

  @Test
  void cancel_runningAndQueued_bothCancelled_finishedIs409() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    TestJobs.Blocking blocking = new TestJobs.Blocking(never);
    try (WebServer server = WebServer.start(WebSettings.loopback(0).withJobs(1, 1), store, List.of(blocking))) {
      Http http = new Http(server.port());
      String running = http.post("/api/jobs", "{\"type\":\"blocking\"}").json().get("id").asText();
      assertThat(blocking.started.await(10, TimeUnit.SECONDS)).isTrue();
      String queued = http.post("/api/jobs", "{\"type\":\"blocking\"}").json().get("id").asText();
      assertThat(http.get("/api/jobs/" + queued).json().get("state").asText()).isEqualTo("QUEUED");
      assertThat(http.post("/api/jobs", "{\"type\":\"blocking\"}").status()).isEqualTo(429);

      Http.Reply q = http.delete("/api/jobs/" + queued);
      assertThat(q.status()).isEqualTo(200);
      assertThat(q.json().get("state").asText()).isEqualTo("CANCELLED");
      Http.Reply r = http.delete("/api/jobs/" + running);
      assertThat(r.status()).isEqualTo(200);
      assertThat(http.awaitJob(running, 10).get("state").asText()).isEqualTo("CANCELLED");
      assertThat(http.delete("/api/jobs/" + running).status()).isEqualTo(409);
      assertThat(http.get("/api/jobs/" + running + "/result").status()).isEqualTo(409);
      assertThat(http.post("/api/jobs", "{\"type\":\"failing\"}").status()).as("unknown type").isEqualTo(400);
    }
  }

  @Test
  void failingJob_failedWithMessageAndErrorId() throws Exception {
    try (WebServer server = WebServer.start(WebSettings.loopback(0), store, List.of(new TestJobs.Failing()))) {
      Http http = new Http(server.port());
      String id = http.post("/api/jobs", "{\"type\":\"failing\"}").json().get("id").asText();
      JsonNode s = http.awaitJob(id, 10);
      assertThat(s.get("state").asText()).isEqualTo("FAILED");
      assertThat(s.get("error").asText()).isEqualTo("the model diverged at step 3");
      assertThat(s.get("errorId").asText()).hasSize(36);
      assertThat(http.get("/api/jobs/" + id + "/result").status()).isEqualTo(409);
    }
  }

  @Test
  void token_setOnServer_writesNeedIt_readsDoNot() {
    String token = "correct-horse-battery-staple";
    try (WebServer server = WebServer.start(WebSettings.loopback(0).withHost("127.0.0.1", token), store)) {
      Http http = new Http(server.port());
      String body = "{\"type\":\"monthly-counts\",\"params\":{\"dyad\":\"JPN-KOR\"}}";
      Http.Reply none = http.post("/api/jobs", body);
      assertThat(none.status()).isEqualTo(401);
      assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
      assertThat(http.post("/api/jobs", body, "Authorization", "Bearer wrong-token-of-some-length").status())
          .isEqualTo(401);
      assertThat(http.post("/api/jobs", body, "Authorization", token).status()).isEqualTo(401);
      Http.Reply ok = http.post("/api/jobs", body, "Authorization", "Bearer " + token);
      assertThat(ok.status()).isEqualTo(202);
      String id = ok.json().get("id").asText();
      assertThat(http.delete("/api/jobs/" + id).status()).isEqualTo(401);
      assertThat(http.get("/api/jobs/" + id).status()).isEqualTo(200);
      assertThat(http.get("/api/dyads").status()).isEqualTo(200);
    }
  }

  @Test
  void storeFailure_500WithErrorId_noInternalsShown() {
    try (WebServer server = WebServer.start(WebSettings.loopback(0), store)) {
      Http http = new Http(server.port());
      server.reads().close();
      Http.Reply r = http.get("/api/events/count?dyad=JPN-KOR");
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.json().get("errorId").asText()).hasSize(36);
      assertThat(r.raw().body()).doesNotContain("Exception").doesNotContain("at org.");
    }
  }
}
