package org.strait.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The HTTP side of a fetch: one {@link HttpClient} (redirects followed, HTTP/1.1), the retry policy, and the reading
 * of listings with retries.
 *
 * <p>Retry policy: attempt {@code k} (1-based) of a request is preceded by a pause of
 * {@code initialBackoff * 2^(k-2)} for {@code k >= 2}; at most {@code maxAttempts} attempts are made. Broken
 * connections, HTTP 5xx, 408 and 429 are retried; other statuses are final.
 */
final class HttpSource {
  /** How long to wait for the response headers of one request. */
  static final Duration RESPONSE_TIMEOUT = Duration.ofMinutes(2);

  private final HttpClient client;
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Sleeper sleeper;

  HttpSource(FetchOptions options, Sleeper sleeper) {
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(options.connectTimeout())
        .build();
    this.maxAttempts = options.maxAttempts();
    this.initialBackoff = options.initialBackoff();
    this.sleeper = sleeper;
  }

  int maxAttempts() {
    return maxAttempts;
  }

  /** Parses a listing read as UTF-8 text; a new parse starts at each attempt. */
  @FunctionalInterface
  interface ListingParser<T> {
    T parse(BufferedReader text) throws IOException;
  }

  /**
   * Reads and parses a listing, retrying as the policy says.
   *
   * @return the parsed listing, or empty when the server answers 404 or 410
   * @throws FetchException naming the URL when every attempt fails or the status is final
   */
  <T> Optional<T> readListing(URI url, ListingParser<T> parser) {
    String last = "";
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      pauseBefore(attempt, url);
      try {
        HttpResponse<InputStream> response = send(HttpRequest.newBuilder(url));
        int status = response.statusCode();
        try (InputStream body = response.body()) {
          if (status == 200) {
            BufferedReader text = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            return Optional.of(parser.parse(text));
          }
          if (status == 404 || status == 410) {
            return Optional.empty();
          }
          if (!TransferFailure.retryableStatus(status)) {
            throw new FetchException(List.of(url + ": HTTP " + status));
          }
          last = "HTTP " + status;
        } catch (IOException e) {
          last = "connection broke while reading: " + describe(e);
        }
      } catch (TransferFailure e) {
        last = e.getMessage();
      }
    }
    throw new FetchException(List.of(url + ": " + last + attemptsSuffix()));
  }

  /** Sends a GET request built from {@code request}, with the response timeout set. */
  HttpResponse<InputStream> send(HttpRequest.Builder request) throws TransferFailure {
    try {
      return client.send(request.timeout(RESPONSE_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new TransferFailure("request failed: " + describe(e), true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted while fetching", e);
    }
  }

  /**
   * Describes an exception with its causes in words ("cannot connect: the connection was closed"), since the JDK's
   * HTTP exceptions often carry no message of their own; a cause that says the same as the one before is left out.
   */
  static String describe(Throwable e) {
    List<String> parts = new java.util.ArrayList<>();
    for (Throwable t = e; t != null && parts.size() < 4; t = t.getCause()) {
      String words = words(t);
      if (!parts.contains(words)) {
        parts.add(words);
      }
    }
    return String.join(": ", parts);
  }

  private static String words(Throwable t) {
    String m = t.getMessage() == null || t.getMessage().isBlank() ? null : t.getMessage();
    String said = m == null ? "" : " (" + m + ")";
    if (t instanceof java.net.http.HttpConnectTimeoutException) {
      return "no connection within the time allowed";
    } else if (t instanceof java.net.http.HttpTimeoutException) {
      return "no answer within the time allowed";
    } else if (t instanceof java.net.ConnectException) {
      return "cannot connect" + said;
    } else if (t instanceof java.net.UnknownHostException) {
      return "unknown host" + said;
    } else if (t instanceof javax.net.ssl.SSLException) {
      return "the TLS connection failed" + said;
    } else if (t instanceof java.nio.channels.ClosedChannelException) {
      return "the connection was closed";
    } else if (t instanceof java.io.EOFException) {
      return "the connection ended early" + said;
    }
    String name = t.getClass().getSimpleName().replaceAll("(Exception|Error)$", "")
        .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return m != null ? m : name;
  }

  /** Waits before attempt {@code attempt} (1-based) as the policy says; no wait before the first. */
  void pauseBefore(int attempt, URI url) {
    if (attempt < 2) {
      return;
    }
    Duration pause = initialBackoff.multipliedBy(1L << Math.min(attempt - 2, 20));
    try {
      sleeper.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted while waiting to retry " + url, e);
    }
  }

  /** Returns the text appended to a final failure message after more than one attempt. */
  String attemptsSuffix() {
    return maxAttempts > 1 ? " (gave up after " + maxAttempts + " attempts)" : "";
  }
}
