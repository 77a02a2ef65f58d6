package org.strait.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared reference data is for tests: the system property {@code strait.shared.dir}, else ../shared. */
public final class SharedPaths {
  private SharedPaths() {}

  /** Returns the folder {@code data/<name>} of the shared reference data, checking that it exists. */
  public static Path data(String name) {
    String property = System.getProperty("strait.shared.dir");
    Path root = property != null && !property.isBlank() && !property.contains("${")
        ? Path.of(property) : Path.of("..", "..", "shared");
    Path folder = root.resolve("data").resolve(name);
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException("shared data folder " + folder.toAbsolutePath() + " does not exist");
    }
    return folder;
  }
}
