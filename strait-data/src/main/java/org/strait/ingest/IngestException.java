package org.strait.ingest;

import java.nio.file.Path;

/**
 * Thrown when a whole file cannot be ingested: unknown format, missing companion file, unreadable archive. Names the
 * file, and the line where there is one. Row-level problems are rejections, not exceptions.
 */
public final class IngestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;
  private final String reason;

  /** Creates an exception about a whole file. */
  public IngestException(Path file, String message) {
    this(file, 0, message, null);
  }

  /** Creates an exception about a file, at a line (0 for none), with an optional cause. */
  public IngestException(Path file, long line, String message, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message, cause);
    this.file = file;
    this.line = line;
    this.reason = message;
  }

  /** Returns what is wrong, without the file and line. */
  public String reason() {
    return reason;
  }

  /** Returns the file the problem is in. */
  public Path file() {
    return file;
  }

  /** Returns the 1-based line of the problem, or 0 when it concerns the whole file. */
  public long line() {
    return line;
  }
}
