package org.strait.app.scenario;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.strait.model.scenario.Scenario;
import org.strait.scenario.ScenarioReader;
import org.strait.scenario.YamlFolder;

/**
 * A scenario file read with its links to bargaining cases; and where scenario files are found: a path given, or the
 * id of one shipped in an installation's {@code scenarios/} folder.
 *
 * @param file the file
 * @param scenario the scenario it holds
 * @param links its links to bargaining cases (empty when it links none)
 */
public record ScenarioFiles(Path file, Scenario scenario, List<BargainLinks> links) {
  /** Copies. */
  public ScenarioFiles {
    links = List.copyOf(links);
  }

  /**
   * Reads the scenario of {@code file} and its links.
   *
   * @throws IllegalArgumentException naming the file and every problem when it is not a valid scenario
   */
  public static ScenarioFiles read(Path file) {
    Scenario scenario = ScenarioReader.read(file);
    return new ScenarioFiles(file, scenario, BargainLinks.read(file, scenario));
  }

  /**
   * Returns {@code given} if it is a file, else {@code home/scenarios/<given>.yaml} if that is one.
   *
   * @throws IllegalArgumentException when it is neither (a usage error), naming the shipped ids
   */
  public static Path resolve(Path given, Path home) {
    if (Files.exists(given)) {
      return given;
    }
    Path folder = home.resolve("scenarios");
    Path shipped = folder.resolve(given + ".yaml");
    if (given.getNameCount() == 1 && Files.isRegularFile(shipped)) {
      return shipped;
    }
    List<String> ids = List.of();
    try {
      ids = YamlFolder.files(folder).stream().map(YamlFolder::id).toList();
    } catch (UncheckedIOException e) {
      // no shipped folder: say so below
    }
    throw new IllegalArgumentException("scenario file " + given + " does not exist, and no shipped scenario of that"
        + " id is in " + folder + (ids.isEmpty() ? " (no such folder; set STRAIT_HOME to the installation)"
        : " (ids: " + String.join(", ", ids) + ")"));
  }
}
