package org.strait.app.bargain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a dispute from a file, choosing the format by extension: {@code .csv} is KTAB's SMP CSV, {@code .yaml}
 * or {@code .yml} is strait's case file. */
public final class DisputeReaders {
  private DisputeReaders() {}

  /**
   * Reads {@code file}.
   *
   * @throws IllegalArgumentException when the file does not exist or has an unknown extension
   * @throws BargainInputException when the file's content is invalid (all problems at once)
   */
  public static BargainCase read(Path file) {
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException(file + " is a folder, not a dispute file");
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return BargainCase.of(KtabCsvReader.read(file));
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return CaseYamlReader.read(file);
    }
    throw new IllegalArgumentException(file + ": unknown dispute format; give a KTAB .csv or a strait .yaml file");
  }
}
