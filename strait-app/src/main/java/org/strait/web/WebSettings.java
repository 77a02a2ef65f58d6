package org.strait.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import org.strait.core.Require;

/**
 * How the server listens and how many jobs it takes: the one settings record that {@code strait serve}, the tests
 * and the load test build.
 *
 * <p>The token rule: a server bound to any address other than loopback must have a token; when a token is set,
 * every write request ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) must carry
 * {@code Authorization: Bearer <token>}.
 *
 * @param host the address to bind, {@code 127.0.0.1} by default
 * @param port the port, or 0 for any free port
 * @param token the bearer token for write requests, or null for none (loopback only)
 * @param jobThreads jobs that run at once
 * @param jobQueue jobs that may wait for a thread; a submission beyond it is answered 429
 * @param jobsRetained finished jobs kept for their results; older ones are forgotten first
 * @param scenarios the folder whose {@code *.yaml} files are the scenarios clients may run, read once at start (a
 *     missing folder means none); requests name a scenario by id only, never by path
 */
public record WebSettings(String host, int port, String token, int jobThreads, int jobQueue, int jobsRetained,
                          Path scenarios) {
  /** The address bound when none is given. */
  public static final String LOOPBACK = "127.0.0.1";
  /** The shortest token accepted. */
  public static final int MIN_TOKEN_LENGTH = 16;

  /** Checks the settings, including the token rule. */
  public WebSettings {
    Require.argument(host != null && !host.isBlank(), "--host must not be blank");
    Require.argument(port >= 0 && port <= 65_535, "--port must be 0..65535, was %s", port);
    Require.argument(token == null || token.length() >= MIN_TOKEN_LENGTH,
        "--token must have at least %s characters", MIN_TOKEN_LENGTH);
    Require.argument(token == null || token.chars().allMatch(c -> c > 32 && c < 127),
        "--token must be printable ASCII without spaces");
    Require.argument(token != null || isLoopback(host),
        "--host %s is not a loopback address: binding it requires --token (write requests must then carry it)",
        host);
    Require.argument(jobThreads >= 1 && jobThreads <= 64, "job threads must be 1..64, was %s", jobThreads);
    Require.argument(jobQueue >= 0 && jobQueue <= 10_000, "job queue must be 0..10000, was %s", jobQueue);
    Require.argument(jobsRetained >= 1, "retained jobs must be at least 1, was %s", jobsRetained);
    Require.nonNull(scenarios, "scenarios folder");
  }

  /** Returns the default scenarios folder: the installation's ({@link org.strait.core.Installation#scenarios}). */
  public static Path defaultScenarios() {
    return org.strait.core.Installation.scenarios();
  }

  /** Returns loopback settings on {@code port} without a token and with the default job limits. */
  public static WebSettings loopback(int port) {
    return new WebSettings(LOOPBACK, port, null, 2, 16, 1_000, defaultScenarios());
  }

  /** Returns these settings with other job limits. */
  public WebSettings withJobs(int threads, int queue) {
    return new WebSettings(host, port, token, threads, queue, jobsRetained, scenarios);
  }

  /** Returns these settings with a host and token. */
  public WebSettings withHost(String newHost, String newToken) {
    return new WebSettings(newHost, port, newToken, jobThreads, jobQueue, jobsRetained, scenarios);
  }

  /** Returns these settings with another scenarios folder. */
  public WebSettings withScenarios(Path folder) {
    return new WebSettings(host, port, token, jobThreads, jobQueue, jobsRetained, folder);
  }

  /** Tells whether {@code host} names only loopback addresses (e.g. {@code 127.0.0.1}, {@code ::1}). */
  static boolean isLoopback(String host) {
    if ("localhost".equalsIgnoreCase(host)) {
      return true;
    }
    if (!host.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
      return false; // a name other than localhost could resolve anywhere; only literals are trusted
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
