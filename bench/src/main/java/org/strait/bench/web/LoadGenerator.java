package org.strait.bench.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator: sends GET requests at a fixed rate whatever the server's pace, cycling through a list
 * of paths, and measures each latency from the moment the request was due (not sent), so that a server that falls
 * behind is charged for the wait (no coordinated omission). Bounded: a fixed number of requests, at most
 * {@code maxInFlight} outstanding (more counts as an error), and a final wait of at most 10 s.
 */
final class LoadGenerator {
  /**
   * What one run measured.
   *
   * @param sent requests sent
   * @param ok answers 200
   * @param errors other answers, failures, refusals for too many in flight, and requests unanswered at the end
   * @param seconds wall time from the first due time to the last answer
   * @param p50 median latency, ms
   * @param p90 90th percentile, ms
   * @param p99 99th percentile, ms
   * @param p999 99.9th percentile, ms
   * @param max largest latency, ms
   */
  record Result(long sent, long ok, long errors, double seconds, double p50, double p90, double p99, double p999,
      double max) {
    double rate() {
      return ok / seconds;
    }
  }

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String base;
  private final int maxInFlight;

  LoadGenerator(String base, int maxInFlight) {
    this.base = base;
    this.maxInFlight = maxInFlight;
  }

  /** Sends {@code rate} requests a second for {@code seconds} over {@code paths}, and returns what it measured. */
  Result run(List<String> paths, int rate, int seconds) throws InterruptedException {
    int n = rate * seconds;
    long[] latency = new long[n];
    Arrays.fill(latency, -1);
    AtomicLong ok = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicInteger inFlight = new AtomicInteger();
    CountDownLatch answered = new CountDownLatch(n);
    HttpRequest[] requests = paths.stream().map(p -> HttpRequest.newBuilder(URI.create(base + p))
        .timeout(Duration.ofSeconds(10)).GET().build()).toArray(HttpRequest[]::new);
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime() + 10_000_000L;
    for (int i = 0; i < n; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      if (inFlight.incrementAndGet() > maxInFlight) {
        inFlight.decrementAndGet();
        errors.incrementAndGet();
        answered.countDown();
        continue;
      }
      int slot = i;
      client.sendAsync(requests[i % requests.length], HttpResponse.BodyHandlers.discarding())
          .whenComplete((r, failure) -> {
            latency[slot] = System.nanoTime() - due;
            if (failure == null && r.statusCode() == 200) {
              ok.incrementAndGet();
            } else {
              errors.incrementAndGet();
            }
            inFlight.decrementAndGet();
            answered.countDown();
          });
    }
    if (!answered.await(10, TimeUnit.SECONDS)) {
      errors.addAndGet(answered.getCount());
    }
    double seconds1 = (System.nanoTime() - start) / 1e9;
    long[] done = Arrays.stream(latency).filter(v -> v >= 0).sorted().toArray();
    return new Result(n, ok.get(), errors.get(), seconds1, pct(done, 0.50), pct(done, 0.90), pct(done, 0.99),
        pct(done, 0.999), done.length == 0 ? Double.NaN : done[done.length - 1] / 1e6);
  }

  private static double pct(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
