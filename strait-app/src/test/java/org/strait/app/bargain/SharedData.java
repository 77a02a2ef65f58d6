package org.strait.app.bargain;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared reference data: system property {@code strait.shared.dir}, else {@code ../shared}. */
final class SharedData {
  private SharedData() {}

  static Path ktab(String file) {
    String dir = System.getProperty("strait.shared.dir");
    Path base = dir != null ? Path.of(dir) : Path.of("..", "shared");
    if (!Files.isDirectory(base)) {
      base = Path.of("..", "..", "shared");
    }
    return base.resolve("data").resolve("ktab-examples").resolve(file);
  }

  static Path bundledCase(String name) {
    try {
      return Path.of(SharedData.class.getResource("/cases/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
