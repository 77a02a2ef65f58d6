package org.strait.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads against a loopback server: verification, resume, reruns and server errors (GDELT 2.0 listing). */
class GdeltFetcherTest {
  private static final LocalDate DAY = LocalDate.of(2015, 3, 1);
  private static final String A = "20150301000000.export.CSV.zip";
  private static final String B = "20150301001500.export.CSV.zip";

  @TempDir Path dir;
  private FixtureServer server;
  private final Map<String, byte[]> published = new LinkedHashMap<>();
  private final List<Duration> pauses = new ArrayList<>();
  private final RecordingListener listener = new RecordingListener();

  @BeforeEach
  void start() throws IOException {
    server = new FixtureServer();
    publish(A, Fixtures.zip("20150301000000.export.CSV", 300, 1));
    publish(B, Fixtures.zip("20150301001500.export.CSV", 200, 2));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Lists a file in the master list (with a URL on another, unused loopback port) and serves it. */
  private void publish(String name, byte[] body) {
    published.put(name, body);
    server.put("/gdeltv2/" + name, body);
    StringBuilder list = new StringBuilder();
    published.forEach((n, b) ->
        list.append(b.length).append(' ').append(Fixtures.md5(b)).append(" http://127.0.0.1:1/gdeltv2/").append(n)
            .append('\n'));
    server.put("/gdeltv2/masterfilelist.txt", list.toString());
  }

  private FetchReport fetch() {
    FetchOptions options = FetchOptions.builder().version(GdeltVersion.V2).range(DAY, DAY).outDir(dir)
        .baseUrl(server.base()).maxAttempts(3).initialBackoff(Duration.ofMillis(10)).build();
    return GdeltFetcher.run(options, listener, pauses::add);
  }

  private String url(String name) {
    return server.base() + "gdeltv2/" + name;
  }

  @Test
  void fetch_freshFolder_downloadsEveryFileVerifiedAndReportsProgress() throws IOException {
    FetchReport report = fetch();

    assertThat(report.failures()).isEmpty();
    assertThat(report.count(FetchReport.Status.DOWNLOADED)).isEqualTo(2);
    assertThat(Files.readAllBytes(dir.resolve(A))).isEqualTo(published.get(A));
    assertThat(Files.readAllBytes(dir.resolve(B))).isEqualTo(published.get(B));
    assertThat(report.bytesTransferred()).isEqualTo(published.get(A).length + published.get(B).length);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(A, B);
    }
    assertThat(listener.planned).containsExactly(A, B);
    assertThat(listener.finished).containsExactly(A, B);
    assertThat(listener.lastProgress.get(A)).isEqualTo(published.get(A).length);
    assertThat(listener.progressNeverWentBack).isTrue();
  }

  @Test
  void fetch_corruptedFile_reportsUrlAndBothSumsAndKeepsNothing() throws IOException {
    byte[] good = published.get(A);
    byte[] bad = good.clone();
    bad[bad.length / 2] ^= 0x5A;
    server.put("/gdeltv2/" + A, bad);

    FetchReport report = fetch();

    assertThat(report.failures()).singleElement().asString()
        .startsWith(url(A) + ": MD5 mismatch")
        .contains("listed " + Fixtures.md5(good), "got " + Fixtures.md5(bad));
    assertThat(dir.resolve(A)).doesNotExist();
    assertThat(dir.resolve(A + ".part")).doesNotExist();
    assertThat(server.requestsFor("/gdeltv2/" + A)).hasSize(1);
    assertThat(report.outcomes()).extracting(o -> o.file().name()).containsExactly(B);
    assertThat(listener.failed).containsExactly(A);
  }

  @Test
  void fetch_partLeftByEarlierRun_resumesWithRangeAndGetsOnlyTheRest() throws IOException {
    byte[] full = published.get(A);
    int have = full.length / 3;
    Files.write(dir.resolve(A + ".part"), Arrays.copyOf(full, have));

    FetchReport report = fetch();

    List<FixtureServer.Request> requests = server.requestsFor("/gdeltv2/" + A);
    assertThat(requests).singleElement().satisfies(r -> {
      assertThat(r.range()).isEqualTo("bytes=" + have + "-");
      assertThat(r.status()).isEqualTo(206);
      assertThat(r.bytesSent()).isEqualTo(full.length - have);
    });
    FetchReport.FileOutcome outcome = report.outcomes().get(0);
    assertThat(outcome.status()).isEqualTo(FetchReport.Status.RESUMED);
    assertThat(outcome.bytesTransferred()).isEqualTo(full.length - have);
    assertThat(Files.readAllBytes(dir.resolve(A))).isEqualTo(full);
    assertThat(dir.resolve(A + ".part")).doesNotExist();
  }

  @Test
  void fetch_completePartLeftBeforeTheRename_isVerifiedAndMovedWithoutARequest() throws IOException {
    Files.write(dir.resolve(A + ".part"), published.get(A));

    FetchReport report = fetch();

    assertThat(server.requestsFor("/gdeltv2/" + A)).isEmpty();
    assertThat(report.outcomes().get(0).status()).isEqualTo(FetchReport.Status.RESUMED);
    assertThat(report.outcomes().get(0).bytesTransferred()).isZero();
    assertThat(Files.readAllBytes(dir.resolve(A))).isEqualTo(published.get(A));
    assertThat(dir.resolve(A + ".part")).doesNotExist();
  }

  @Test
  void fetch_serverIgnoresRange_restartsTheWholeFile() throws IOException {
    server.rangesSupported(false);
    byte[] full = published.get(A);
    Files.write(dir.resolve(A + ".part"), Arrays.copyOf(full, 1000));

    FetchReport report = fetch();

    assertThat(server.requestsFor("/gdeltv2/" + A)).singleElement()
        .satisfies(r -> assertThat(r.bytesSent()).isEqualTo(full.length));
    FetchReport.FileOutcome outcome = report.outcomes().get(0);
    assertThat(outcome.status()).isEqualTo(FetchReport.Status.DOWNLOADED);
    assertThat(outcome.notes()).anySatisfy(n -> assertThat(n).contains("does not support range requests"));
    assertThat(Files.readAllBytes(dir.resolve(A))).isEqualTo(full);
  }

  @Test
  void fetch_partThatDoesNotBelong_failsTheCheckAndRestartsFromScratch() throws IOException {
    byte[] full = published.get(A);
    byte[] foreign = new byte[2000];
    Arrays.fill(foreign, (byte) 7);
    Files.write(dir.resolve(A + ".part"), foreign);

    FetchReport report = fetch();

    assertThat(server.requestsFor("/gdeltv2/" + A)).extracting(FixtureServer.Request::range)
        .containsExactly("bytes=2000-", null);
    assertThat(report.failures()).isEmpty();
    assertThat(report.outcomes().get(0).status()).isEqualTo(FetchReport.Status.DOWNLOADED);
    assertThat(Files.readAllBytes(dir.resolve(A))).isEqualTo(full);
  }

  @Test
  void fetch_connectionBreaksMidway_resumesInTheSameRun() throws IOException {
    byte[] full = published.get(A);
    server.breakNextAfter("/gdeltv2/" + A, 4096);

    FetchReport report = fetch();

    assertThat(server.requestsFor("/gdeltv2/" + A)).extracting(FixtureServer.Request::range)
        .containsExactly(null, "bytes=4096-");
    assertThat(report.failures()).isEmpty();
    assertThat(Files.readAllBytes(dir.resolve(A))).isEqualTo(full);
    assertThat(report.outcomes().get(0).bytesTransferred()).isEqualTo(full.length);
    assertThat(pauses).containsExactly(Duration.ofMillis(10));
  }

  @Test
  void fetch_rerun_downloadsNothingAgain() {
    fetch();
    int requestsAfterFirstRun = server.requests().size();

    FetchReport second = fetch();

    assertThat(second.count(FetchReport.Status.PRESENT)).isEqualTo(2);
    assertThat(second.bytesTransferred()).isZero();
    assertThat(server.requests().subList(requestsAfterFirstRun, server.requests().size()))
        .extracting(FixtureServer.Request::path).containsExactly("/gdeltv2/masterfilelist.txt");
  }

  @Test
  void fetch_existingFileThatDoesNotMatch_isFetchedAgain() throws IOException {
    Files.write(dir.resolve(A), new byte[] {1, 2, 3});

    FetchReport report = fetch();

    assertThat(Files.readAllBytes(dir.resolve(A))).isEqualTo(published.get(A));
    assertThat(report.outcomes().get(0).notes()).singleElement().asString()
        .contains("size mismatch: listed " + published.get(A).length + " bytes, got 3");
  }

  @Test
  void fetch_persistentServerError_retriesWithBackoffThenReportsUrlAndStatus() {
    server.failNext("/gdeltv2/" + A, 500, 500, 500);

    FetchReport report = fetch();

    assertThat(report.failures()).containsExactly(url(A) + ": HTTP 500 (gave up after 3 attempts)");
    assertThat(server.requestsFor("/gdeltv2/" + A)).hasSize(3);
    assertThat(pauses).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
    assertThat(dir.resolve(A)).doesNotExist();
    assertThat(dir.resolve(B)).exists();
  }

  @Test
  void fetch_transientServerError_succeedsOnRetry() throws IOException {
    server.failNext("/gdeltv2/" + A, 503);

    FetchReport report = fetch();

    assertThat(report.failures()).isEmpty();
    assertThat(server.requestsFor("/gdeltv2/" + A)).extracting(FixtureServer.Request::status)
        .containsExactly(503, 200);
    assertThat(Files.readAllBytes(dir.resolve(A))).isEqualTo(published.get(A));
    assertThat(report.outcomes().get(0).notes()).singleElement().asString().contains("HTTP 503");
  }

  @Test
  void fetch_notFound_reportedWithUrlAndNotRetried() {
    server.failNext("/gdeltv2/" + B, 404);

    FetchReport report = fetch();

    assertThat(report.failures()).containsExactly(url(B) + ": HTTP 404");
    assertThat(server.requestsFor("/gdeltv2/" + B)).hasSize(1);
    assertThat(pauses).isEmpty();
  }

  @Test
  void fetch_serverSendsMoreThanListed_failsAndKeepsNothing() {
    byte[] longer = Arrays.copyOf(published.get(A), published.get(A).length + 100_000);
    server.put("/gdeltv2/" + A, longer);

    FetchReport report = fetch();

    assertThat(report.failures()).singleElement().asString()
        .startsWith(url(A) + ": the server sent more than the listed " + published.get(A).length + " bytes");
    assertThat(dir.resolve(A + ".part")).doesNotExist();
    assertThat(dir.resolve(A)).doesNotExist();
  }

  /** Records what a listener is told. */
  private static final class RecordingListener implements FetchListener {
    final List<String> planned = new ArrayList<>();
    final List<String> finished = new ArrayList<>();
    final List<String> failed = new ArrayList<>();
    final Map<String, Long> lastProgress = new LinkedHashMap<>();
    boolean progressNeverWentBack = true;

    @Override
    public void planned(List<RemoteFile> files) {
      files.forEach(f -> planned.add(f.name()));
    }

    @Override
    public void progressed(RemoteFile file, long bytesOnDisk) {
      Long before = lastProgress.put(file.name(), bytesOnDisk);
      if (before != null && before > bytesOnDisk) {
        progressNeverWentBack = false;
      }
    }

    @Override
    public void finished(FetchReport.FileOutcome outcome) {
      finished.add(outcome.file().name());
    }

    @Override
    public void failed(RemoteFile file, String reason) {
      failed.add(file.name());
    }
  }
}
