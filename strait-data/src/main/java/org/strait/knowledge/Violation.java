package org.strait.knowledge;

import org.strait.core.Require;

/**
 * One problem found while loading the knowledge base: the file, the 1-based line (0 for the whole file) and why.
 *
 * @param file the file name as shipped or given
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong, naming the field
 */
public record Violation(String file, long line, String message) {
  /** Checks the fields. */
  public Violation {
    Require.argument(file != null && !file.isBlank(), "file must be given");
    Require.argument(line >= 0, "line must be >= 0, was %s", line);
    Require.argument(message != null && !message.isBlank(), "message must be given");
  }

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + message;
  }
}
