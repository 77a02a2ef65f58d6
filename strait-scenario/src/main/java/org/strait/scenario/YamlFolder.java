package org.strait.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of YAML files, as strait ships scenarios ({@code scenarios/}) and bargaining cases ({@code cases/},
 * {@code cases/record/}): the one place that says which of a folder's files are read, in which order, and what a
 * file's id is. Other files (a README, a sub-folder) are not read.
 */
public final class YamlFolder {
  /** The ending of the files read. */
  public static final String ENDING = ".yaml";

  private YamlFolder() {}

  /**
   * Returns the regular files of {@code folder} whose name ends in {@value #ENDING}, sorted by path (not its
   * sub-folders').
   *
   * @throws UncheckedIOException naming the folder when it cannot be listed (it is missing or not a folder)
   */
  public static List<Path> files(Path folder) {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(f -> f.getFileName().toString().endsWith(ENDING) && Files.isRegularFile(f)).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the " + ENDING + " files of the folder " + folder, e);
    }
  }

  /** Returns the id of a file of such a folder: its name without the ending {@value #ENDING}. */
  public static String id(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(ENDING) ? name.substring(0, name.length() - ENDING.length()) : name;
  }
}
