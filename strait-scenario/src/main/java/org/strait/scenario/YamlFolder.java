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

  /**
   * Returns the file a user named: {@code given} if it is a file, else {@code folder/<given>.yaml} if {@code given}
   * is a bare id of one of the folder's files.
   *
   * @param what what the files hold, for the message ("scenario", "dispute")
   * @throws IllegalArgumentException when {@code given} is a folder, or neither a file nor an id of the folder (the
   *     message names the folder and its ids)
   */
  public static Path resolve(Path given, Path folder, String what) {
    if (Files.isDirectory(given)) {
      throw new IllegalArgumentException(what + " file " + given + " is a folder; name one of its " + ENDING
          + " files");
    }
    if (Files.exists(given)) {
      return given;
    }
    Path shipped = folder.resolve(given + ENDING);
    if (given.getNameCount() == 1 && Files.isRegularFile(shipped)) {
      return shipped;
    }
    throw new IllegalArgumentException(what + " file " + given + " does not exist, and no shipped " + what + " of"
        + " that id is in " + folder + (Files.isDirectory(folder)
        ? " (ids: " + String.join(", ", files(folder).stream().map(YamlFolder::id).toList()) + ")"
        : " (no such folder; set STRAIT_HOME to the installation)"));
  }

  /** Returns the id of a file of such a folder: its name without the ending {@value #ENDING}. */
  public static String id(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(ENDING) ? name.substring(0, name.length() - ENDING.length()) : name;
  }
}
