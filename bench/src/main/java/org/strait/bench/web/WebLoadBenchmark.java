package org.strait.bench.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.strait.knowledge.StandardActors;
import org.strait.core.Country;
import org.strait.core.Version;
import org.strait.ingest.ReadOptions;
import org.strait.store.EventStore;
import org.strait.store.IngestReport;
import org.strait.web.WebServer;
import org.strait.web.WebSettings;

/**
 * The load test of strait's HTTP API, on loopback only, bounded in time and count.
 *
 * <p>Builds a store of generated events, starts the server on 127.0.0.1 with a small job pool, then: (1) drives the
 * read endpoints at a fixed rate (default 1,000 requests/s) and measures latency from each request's due time;
 * (2) fills every job thread and queue slot with {@code hold} jobs (which use no CPU) and repeats the read load
 * while submitting 100 jobs a second, every one of which must be refused with 429, then cancels the holders;
 * (3) repeats the read load while a burst of real {@code monthly-counts} jobs, more than threads plus queue, is
 * submitted, counting 202s and 429s, then waits for every accepted job and checks its result against
 * {@code /api/events/monthly}, and checks that the server takes a new job afterwards. Passes when phases 1 and 2
 * have p99 under 20 ms and no error, every storm submission got 429, phase 3 has no error, its burst got only 202s
 * and 429s (some 429s), and every accepted job succeeded with the right result. Phase 3's latencies are reported,
 * not judged: the accepted jobs' store scans share the machine's cores with the reads. Writes the figures as JSON
 * and exits 1 when a check fails.
 *
 * <p>Options: {@code --rows N} (500000), {@code --rate R} (1000), {@code --seconds S} (20), {@code --warmup W} (10), {@code --burst K} (60),
 * {@code --threads T} (2), {@code --queue Q} (8), {@code --out FILE} (bench/target/web-load.json).
 */
public final class WebLoadBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> READS = List.of("/api/health", "/api/dyads", "/api/events/count?dyad=JPN-KOR",
      "/api/events/count?dyad=JPN-KOR&from=2010-01-01&to=2012-12-31", "/api/events/count?dyad=CHN-KOR&strict=true",
      "/api/events/monthly?dyad=JPN-KOR", "/api/data", "/api/jobs", "/api/jobs/types");
  /**
   * The months each flood job counts: one year, 12 store queries per job. A job over the whole record (120 queries)
   * keeps both cores of a small machine busy for seconds, which slows reads whatever the queue does; the flood
   * tests the refusals, so its accepted jobs are kept short.
   */
  private static final String JOB_FROM = "2014-01";
  private static final String JOB_TO = "2014-12";
  private static final List<String> PAIRS = List.of("JPN-KOR", "CHN-JPN", "KOR-USA", "CHN-KOR", "PRK-USA");

  private WebLoadBenchmark() {}

  /** Runs the load test; see the class comment for the options. */
  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    long rows = Long.parseLong(o.getOrDefault("rows", "500000"));
    int rate = Integer.parseInt(o.getOrDefault("rate", "1000"));
    int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
    int warmup = Integer.parseInt(o.getOrDefault("warmup", "10"));
    int burst = Integer.parseInt(o.getOrDefault("burst", "60"));
    int threads = Integer.parseInt(o.getOrDefault("threads", "2"));
    int queue = Integer.parseInt(o.getOrDefault("queue", "8"));
    Path out = Path.of(o.getOrDefault("out", "bench/target/web-load.json"));
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("version", Version.current());
    report.put("commit", commit());
    report.put("options", o);
    report.put("cores", Runtime.getRuntime().availableProcessors());
    report.put("loadAverageAtStart", loadAverage());
    Path dir = Files.createTempDirectory("strait-web-load");
    Path spec = Files.writeString(dir.resolve("synthetic.txt"), "42 " + rows + "\n");
    boolean pass;
    try (EventStore store = EventStore.open(dir.resolve("load.duckdb"))) {
      long t0 = System.nanoTime();
      IngestReport ingested = store.ingest(spec, new SyntheticEvents(),
          new ReadOptions("synthetic", Set.copyOf(Country.DEFAULT_SET), StandardActors.resolver(), null, 0));
      report.put("store", Map.of("rows", rows, "kept", ingested.kept(), "ingestSeconds", (System.nanoTime() - t0) / 1e9));
      System.out.printf("store: %d rows, %d events kept, %.1f s%n", rows, ingested.kept(), (System.nanoTime() - t0) / 1e9);
      try (WebServer server = WebServer.start(WebSettings.loopback(0).withJobs(threads, queue), store,
          List.of(new HoldJob()))) {
        String base = "http://127.0.0.1:" + server.port();
        LoadGenerator load = new LoadGenerator(server.port(), 32);
        load.run(READS, rate, warmup); // warm-up (JIT), not reported
        LoadGenerator.Result reads = load.run(READS, rate, seconds);
        print("reads", reads);
        List<String> holders = new ArrayList<>();
        for (int i = 0; i < threads + queue; i++) {
          HttpResponse<String> r = post(base, "{\"type\":\"hold\",\"params\":{\"millis\":120000}}");
          holders.add(JSON.readTree(r.body()).get("id").asText());
        }
        CompletableFuture<LoadGenerator.Result> refusing = during(load, rate, seconds);
        Flood storm = storm(base, refusing);
        LoadGenerator.Result underStorm = refusing.join();
        print("reads while every submission is refused", underStorm);
        System.out.printf("refused storm: %d submissions: %s%n", storm.submitted, storm.statuses);
        boolean holdersCancelled = true;
        for (String id : holders) {
          CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs/" + id)).DELETE().build(),
              HttpResponse.BodyHandlers.discarding());
          holdersCancelled &= finalState(base, id).equals("CANCELLED");
        }
        CompletableFuture<LoadGenerator.Result> during = during(load, rate, seconds);
        Thread.sleep(1_000);
        Flood flood = flood(base, burst);
        LoadGenerator.Result underFlood = during.join();
        print("reads while accepted jobs run", underFlood);
        System.out.printf("job flood: %d submissions: %s%n", burst, flood.statuses);
        boolean jobsOk = checkJobs(base, flood.accepted);
        String after = submit(base, "JPN-KOR", false).get("state").asText();
        boolean afterOk = !after.isEmpty() && finalState(base, submit(base, "KOR-USA", true).get("id").asText())
            .equals("SUCCEEDED");
        System.out.printf("accepted jobs correct: %s; a new job after the flood succeeds: %s%n", jobsOk, afterOk);
        pass = reads.p99() < 20 && reads.errors() == 0 && underStorm.p99() < 20 && underStorm.errors() == 0
            && storm.statuses.keySet().equals(Set.of(429)) && holdersCancelled
            && underFlood.errors() == 0 && flood.statuses.getOrDefault(429, 0) > 0
            && flood.statuses.getOrDefault(202, 0) + flood.statuses.getOrDefault(429, 0) == burst
            && jobsOk && afterOk;
        report.put("reads", reads);
        report.put("readsWhileRefusing", underStorm);
        report.put("refusedStorm", Map.of("submissions", storm.submitted, "statuses", storm.statuses,
            "holdersCancelled", holdersCancelled));
        report.put("readsWhileJobsRun", underFlood);
        report.put("flood", Map.of("submissions", burst, "statuses", flood.statuses, "acceptedCorrect", jobsOk,
            "newJobAfterFlood", afterOk));
        report.put("loadAverageAtEnd", loadAverage());
        report.put("pass", pass);
        System.out.printf("machine: %d cores, load average %s at start, %s at end%n",
            Runtime.getRuntime().availableProcessors(), report.get("loadAverageAtStart"), loadAverage());
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), report);
    System.out.println((pass ? "PASS" : "FAIL") + "; figures in " + out);
    System.exit(pass ? 0 : 1);
  }

  private record Flood(int submitted, Map<Integer, Integer> statuses, List<String> accepted) {}

  private static CompletableFuture<LoadGenerator.Result> during(LoadGenerator load, int rate, int seconds) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return load.run(READS, rate, seconds);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** Submits monthly-counts jobs at 100 a second until {@code reads} is done; all should be refused. */
  private static Flood storm(String base, CompletableFuture<?> reads) throws Exception {
    Map<Integer, Integer> statuses = new TreeMap<>();
    int n = 0;
    while (!reads.isDone()) {
      HttpResponse<String> r = post(base, body(PAIRS.get(n % PAIRS.size()), n % 2 == 1));
      statuses.merge(r.statusCode(), 1, Integer::sum);
      n++;
      Thread.sleep(10);
    }
    return new Flood(n, statuses, List.of());
  }

  private static Flood flood(String base, int burst) throws Exception {
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> accepted = new ArrayList<>();
    for (int i = 0; i < burst; i++) {
      HttpResponse<String> r = post(base, body(PAIRS.get(i % PAIRS.size()), i % 2 == 1));
      statuses.merge(r.statusCode(), 1, Integer::sum);
      if (r.statusCode() == 202) {
        accepted.add(JSON.readTree(r.body()).get("id").asText());
      }
    }
    return new Flood(burst, statuses, accepted);
  }

  /** Waits for each accepted job and checks its months and counts against the monthly endpoint. */
  private static boolean checkJobs(String base, List<String> ids) throws Exception {
    boolean ok = !ids.isEmpty();
    for (String id : ids) {
      if (!finalState(base, id).equals("SUCCEEDED")) {
        System.out.println("job " + id + " did not succeed");
        ok = false;
        continue;
      }
      JsonNode r = get(base, "/api/jobs/" + id + "/result").get("result");
      JsonNode expected = get(base, "/api/events/monthly?dyad=" + r.get("dyad").asText() + "&strict="
          + r.get("strict").asBoolean() + "&from=" + JOB_FROM + "&to=" + JOB_TO);
      if (!r.get("counts").equals(expected.get("counts")) || !r.get("months").equals(expected.get("months"))) {
        System.out.println("job " + id + " disagrees with /api/events/monthly");
        ok = false;
      }
    }
    return ok;
  }

  private static String finalState(String base, String id) throws Exception {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      String state = get(base, "/api/jobs/" + id).get("state").asText();
      if (Set.of("SUCCEEDED", "FAILED", "CANCELLED").contains(state)) {
        return state;
      }
      Thread.sleep(50);
    }
    return "TIMEOUT";
  }

  private static String body(String dyad, boolean strict) {
    ObjectNode params = JSON.createObjectNode().put("dyad", dyad).put("strict", strict).put("from", JOB_FROM)
        .put("to", JOB_TO);
    ObjectNode body = JSON.createObjectNode().put("type", "monthly-counts");
    body.set("params", params);
    return body.toString();
  }

  private static JsonNode submit(String base, String dyad, boolean strict) throws Exception {
    HttpResponse<String> r = post(base, body(dyad, strict));
    return r.statusCode() == 202 ? JSON.readTree(r.body()) : JSON.createObjectNode().put("state", "").put("id", "");
  }

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private static HttpResponse<String> post(String base, String body) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs")).header("Content-Type",
        "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode get(String base, String path) throws IOException, InterruptedException {
    return JSON.readTree(CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString()).body());
  }

  private static void print(String phase, LoadGenerator.Result r) {
    System.out.printf("%s: %d sent, %d ok, %d errors, %.0f ok/s; latency ms p50 %.2f p90 %.2f p99 %.2f p99.9 %.2f"
        + " max %.2f; process CPU %.3f ms per request%n", phase, r.sent(), r.ok(), r.errors(), r.rate(), r.p50(), r.p90(),
        r.p99(), r.p999(), r.max(), r.cpuMillisPerRequest());
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new TreeMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("options are --name value pairs; got " + String.join(" ", args));
      }
      o.put(args[i].substring(2), args[i + 1]);
    }
    return o;
  }

  /** Returns the 1, 5 and 15 minute load averages of the machine (Linux), which the tail latencies depend on. */
  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String commit() {
    try {
      Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
      return p.waitFor() == 0 ? text : "unknown";
    } catch (IOException | InterruptedException e) {
      return "unknown";
    }
  }
}
