package org.strait.ingest.quad;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared reference data is for tests: the system property {@code strait.shared.dir}, else ../shared. */
public final class SharedData {
  private SharedData() {}

  /** Returns the folder {@code data/<name>} of the shared reference data, checking that it exists. */
  public static Path data(String name) {
    String property = System.getProperty("strait.shared.dir");
    Path root = property != null && !property.isBlank() && !property.contains("${")
        ? Path.of(property) : fallback();
    Path folder = root.resolve("data").resolve(name);
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException("shared data folder " + folder.toAbsolutePath() + " does not exist");
    }
    return folder;
  }

  private static Path fallback() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("../shared/data"))) {
        return p.resolve("../shared").normalize();
      }
    }
    return here.resolve("../shared");
  }
}
