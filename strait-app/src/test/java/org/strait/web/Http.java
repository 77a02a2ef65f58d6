package org.strait.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the tests: real requests to a server on loopback, JSON bodies parsed with Jackson. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  Http(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** A response: status, the raw response and its body parsed as JSON (null when it is not JSON). */
  record Reply(int status, HttpResponse<String> raw, JsonNode json) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Reply get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Reply post(String path, String body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
    for (int i = 0; i < headers.length; i += 2) {
      b.setHeader(headers[i], headers[i + 1]);
    }
    return send(b);
  }

  Reply delete(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).DELETE();
    for (int i = 0; i < headers.length; i += 2) {
      b.setHeader(headers[i], headers[i + 1]);
    }
    return send(b);
  }

  Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
        json = JSON.readTree(r.body());
      }
      return new Reply(r.statusCode(), r, json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The longest wait for one job, progress or not: a bound for a hung job, not a speed requirement. */
  static final int MAX_JOB_SECONDS = 900;

  /**
   * Polls a job until it has finished and returns its last status. Waits on progress, not on speed: it fails only
   * when the job's state, progress and note stay unchanged for {@code stallSeconds} (at least 60), or after
   * {@link #MAX_JOB_SECONDS} in all, so that a loaded machine slows a test but does not fail it.
   */
  JsonNode awaitJob(String id, int stallSeconds) throws InterruptedException {
    long stall = Math.max(60, stallSeconds) * 1_000_000_000L;
    long start = System.nanoTime();
    long lastChange = start;
    String seen = null;
    JsonNode s;
    do {
      s = get("/api/jobs/" + id).json();
      String state = s.get("state").asText();
      if (state.equals("SUCCEEDED") || state.equals("FAILED") || state.equals("CANCELLED")) {
        return s;
      }
      String now = state + " " + s.path("done") + " " + s.path("note");
      if (!now.equals(seen)) {
        seen = now;
        lastChange = System.nanoTime();
      }
      Thread.sleep(50);
    } while (System.nanoTime() - lastChange < stall && System.nanoTime() - start < MAX_JOB_SECONDS * 1_000_000_000L);
    throw new AssertionError("job " + id + " made no progress for " + Math.max(60, stallSeconds) + " s (or ran "
        + MAX_JOB_SECONDS + " s in all): " + s);
  }
}
