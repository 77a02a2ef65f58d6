package org.strait.ingest;

import org.strait.core.Require;

/**
 * A file of an ingest that is not read, and why: a folder's file that no reader recognises or that is not a regular
 * file (skipped), or one that cannot be opened as an input file at all (refused).
 *
 * @param file the file
 * @param reason why it is not read, e.g. "no reader recognises it"
 */
public record UnreadFile(java.nio.file.Path file, String reason) {
  /** Checks the fields. */
  public UnreadFile {
    Require.nonNull(file, "file");
    Require.argument(reason != null && !reason.isBlank(), "the reason %s is not read must be given", file);
  }
}
