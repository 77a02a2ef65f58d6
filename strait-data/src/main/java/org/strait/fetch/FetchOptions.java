package org.strait.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.strait.core.Require;

/**
 * What to fetch and how: the GDELT collection, the inclusive date range, the output folder, the server and the
 * retry policy. Build it with {@link #builder()}; the defaults are those of the {@code strait fetch} command.
 *
 * @param version the GDELT collection
 * @param from the first day wanted
 * @param to the last day wanted (inclusive, not before {@code from})
 * @param outDir the folder the files are saved in (created when missing)
 * @param baseUrl the data host, ending in {@code /}; listings and files are looked up under it
 * @param maxAttempts how many times one request is tried before its file is given up (at least 1)
 * @param initialBackoff the pause before the second attempt; it doubles at each further attempt
 * @param connectTimeout how long to wait for a connection
 */
public record FetchOptions(
    GdeltVersion version,
    LocalDate from,
    LocalDate to,
    Path outDir,
    URI baseUrl,
    int maxAttempts,
    Duration initialBackoff,
    Duration connectTimeout) {
  /** GDELT's own data host. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://data.gdeltproject.org/");
  /** Attempts per request by default. */
  public static final int DEFAULT_MAX_ATTEMPTS = 4;
  /** Pause before the first retry by default. */
  public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(2);
  /** Connect timeout by default. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);

  /** Checks the options and makes the base URL end in {@code /}. */
  public FetchOptions {
    Require.nonNull(version, "GDELT version");
    Require.nonNull(from, "--from date");
    Require.nonNull(to, "--to date");
    Require.argument(!to.isBefore(from), "--to %s is before --from %s", to, from);
    Require.nonNull(outDir, "output folder");
    Require.nonNull(baseUrl, "base URL");
    Require.argument("http".equalsIgnoreCase(baseUrl.getScheme()) || "https".equalsIgnoreCase(baseUrl.getScheme()),
        "base URL must be http or https, was '%s'", baseUrl);
    Require.argument(baseUrl.getHost() != null, "base URL has no host: '%s'", baseUrl);
    if (!baseUrl.getPath().endsWith("/")) {
      baseUrl = URI.create(baseUrl + "/");
    }
    Require.argument(maxAttempts >= 1, "attempts must be at least 1, was %s", maxAttempts);
    Require.argument(initialBackoff != null && !initialBackoff.isNegative(), "backoff must not be negative");
    Require.argument(connectTimeout != null && !connectTimeout.isNegative() && !connectTimeout.isZero(),
        "connect timeout must be positive");
  }

  /** Returns a builder with the defaults: GDELT 1.0, GDELT's host, 4 attempts, 2 s first backoff. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FetchOptions}; the range and output folder have no default. */
  public static final class Builder {
    private GdeltVersion version = GdeltVersion.V1;
    private LocalDate from;
    private LocalDate to;
    private Path outDir;
    private URI baseUrl = DEFAULT_BASE_URL;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;

    private Builder() {}

    /** Sets the GDELT collection. */
    public Builder version(GdeltVersion v) {
      this.version = v;
      return this;
    }

    /** Sets the inclusive date range. */
    public Builder range(LocalDate first, LocalDate last) {
      this.from = first;
      this.to = last;
      return this;
    }

    /** Sets the output folder. */
    public Builder outDir(Path dir) {
      this.outDir = dir;
      return this;
    }

    /** Sets the data host. */
    public Builder baseUrl(URI url) {
      this.baseUrl = url;
      return this;
    }

    /** Sets the attempts per request. */
    public Builder maxAttempts(int n) {
      this.maxAttempts = n;
      return this;
    }

    /** Sets the pause before the first retry. */
    public Builder initialBackoff(Duration d) {
      this.initialBackoff = d;
      return this;
    }

    /** Sets the connect timeout. */
    public Builder connectTimeout(Duration d) {
      this.connectTimeout = d;
      return this;
    }

    /** Returns the checked options. */
    public FetchOptions build() {
      return new FetchOptions(version, from, to, outDir, baseUrl, maxAttempts, initialBackoff, connectTimeout);
    }
  }
}
