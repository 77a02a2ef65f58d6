package org.strait.app.scenario;

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
   * Returns {@code given} if it is a file, else {@code home/scenarios/<given>.yaml} if that is one
   * ({@link YamlFolder#resolve}).
   *
   * @throws IllegalArgumentException when it is a folder or neither (a usage error), naming the shipped ids
   */
  public static Path resolve(Path given, Path home) {
    return YamlFolder.resolve(given, home.resolve("scenarios"), "scenario");
  }
}
