package org.strait.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * The first lines of a file, decompressed, from which a reader decides whether it knows the format.
 *
 * @param path the file
 * @param lines up to the first {@link #LINES} lines, without line terminators, within the first
 *     {@link #MAX_BYTES} bytes
 */
public record FileSample(Path path, List<String> lines) {
  /** How many lines a sample holds at most. */
  public static final int LINES = 20;
  /** How many decompressed bytes a sample reads at most. */
  public static final int MAX_BYTES = 1 << 20;

  /** Copies the lines. */
  public FileSample {
    lines = List.copyOf(lines);
  }

  /** Returns the file's name, without folders. */
  public String fileName() {
    return path.getFileName().toString();
  }
}
