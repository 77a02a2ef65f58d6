package org.strait.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.knowledge.StandardActors;
import org.strait.core.Country;
import org.strait.testkit.PipeFormat;
import org.strait.ingest.ReadOptions;
import org.strait.store.EventStore;

/** Cached reads follow the store: a file ingested while the server runs shows within the fingerprint's lifetime. */
class StoreReadsTest {
  @TempDir Path dir;

  @Test
  void cachedReads_fileIngestedWhileServing_seenWithinOneSecond() throws Exception {
    try (EventStore store = Fixture.create(dir);
        WebServer server = WebServer.start(WebSettings.loopback(0), store)) {
      Http http = new Http(server.port());
      long before = Fixture.sum(Fixture.jpnKorMonthly(false));
      assertThat(http.get("/api/events/count?dyad=JPN-KOR").json().get("count").asLong()).isEqualTo(before);
      assertThat(http.get("/api/dyads").json().get(0).get("events").asLong()).isEqualTo(before);
      Path more = Files.write(dir.resolve("c.txt"), List.of("2016-05-01|Japan|JPN|South Korea|KOR|040|1.0",
          "2016-05-02|Japan|JPN|South Korea|KOR|040|1.0"));
      store.ingest(more, new PipeFormat(), new ReadOptions("test-c", Set.copyOf(Country.DEFAULT_SET),
          StandardActors.resolver(), null, 0));
      long deadline = System.nanoTime() + 3 * StoreReads.FINGERPRINT_TTL_NANOS;
      long seen = 0;
      while (System.nanoTime() < deadline && seen != before + 2) {
        seen = http.get("/api/events/count?dyad=JPN-KOR").json().get("count").asLong();
        Thread.sleep(50);
      }
      assertThat(seen).isEqualTo(before + 2);
      assertThat(http.get("/api/dyads").json().get(0).get("events").asLong()).isEqualTo(before + 2);
      assertThat(http.get("/api/health").json().get("store").asText()).isEqualTo("3/3");
      assertThat(http.get("/api/data").json().get("files")).hasSize(3);
    }
  }

  @Test
  void cache_boundedByBytesNotEntries_bigResultServedNotKept() throws Exception {
    long budget = 10_000;
    try (EventStore store = Fixture.create(dir); StoreReads reads = new StoreReads(store, 1, budget)) {
      java.util.concurrent.atomic.AtomicInteger computed = new java.util.concurrent.atomic.AtomicInteger();
      for (int i = 0; i < 100; i++) {
        byte[] got = reads.cached("key " + i, () -> {
          computed.incrementAndGet();
          return new byte[1_000];
        });
        assertThat(got).hasSize(1_000);
        assertThat(reads.cachedBytes()).isPositive().isLessThanOrEqualTo(budget);
      }
      reads.cached("key 99", () -> {
        computed.incrementAndGet();
        return new byte[1_000];
      });
      assertThat(computed.get()).as("the last result is still cached").isEqualTo(100);
      for (int i = 0; i < 2; i++) {
        assertThat(reads.cached("big", () -> {
          computed.incrementAndGet();
          return new byte[(int) budget / 4 + 1];
        })).hasSize((int) budget / 4 + 1);
      }
      assertThat(computed.get()).as("a result over a quarter of the budget is not kept").isEqualTo(102);
    }
  }
}
