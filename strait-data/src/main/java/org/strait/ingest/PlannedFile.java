package org.strait.ingest;

import java.nio.file.Path;
import org.strait.core.Require;

/**
 * One file an ingest will read: the file, the reader chosen for it and the source label its events get.
 *
 * @param file the file
 * @param reader the reader of its format
 * @param source the source label
 */
public record PlannedFile(Path file, EventReader reader, String source) {
  /** Checks the fields. */
  public PlannedFile {
    Require.nonNull(file, "file");
    Require.nonNull(reader, "reader");
    Require.argument(source != null && !source.isBlank(), "source label of %s must not be blank", file);
  }
}
