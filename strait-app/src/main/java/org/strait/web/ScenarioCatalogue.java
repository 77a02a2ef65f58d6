package org.strait.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.strait.app.scenario.BargainLinks;
import org.strait.scenario.ScenarioReader;
import org.strait.scenario.YamlFolder;
import org.strait.model.scenario.Scenario;

/**
 * The scenarios a server offers: every {@code *.yaml} file of one folder, read once at start and then named by id
 * only, so that no request can name a file. A file that does not read is listed with its reason, not dropped
 * silently.
 *
 * @param scenarios the scenarios by id, in id order
 * @param links each scenario's links to bargaining cases (empty for most)
 * @param problems one line per file that did not read: its name and why
 */
record ScenarioCatalogue(Map<String, Scenario> scenarios, Map<String, List<BargainLinks>> links,
    List<String> problems) {
  /** Copies. */
  ScenarioCatalogue {
    scenarios = java.util.Collections.unmodifiableMap(new TreeMap<>(scenarios));
    links = Map.copyOf(links);
    problems = List.copyOf(problems);
  }

  /** Reads every {@code *.yaml} file of {@code folder}; a missing folder gives an empty catalogue. */
  static ScenarioCatalogue load(Path folder) {
    Map<String, Scenario> found = new TreeMap<>();
    Map<String, List<BargainLinks>> links = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return new ScenarioCatalogue(found, links, List.of("no scenarios folder (set STRAIT_HOME or start the server in the"
          + " repository)"));
    }
    for (Path file : YamlFolder.files(folder)) {
      String name = file.getFileName().toString();
      try {
        Scenario s = ScenarioReader.read(file);
        List<BargainLinks> linked = BargainLinks.read(file, s);
        Scenario before = found.putIfAbsent(s.id(), s);
        if (before != null) {
          problems.add(name + ": scenario id '" + s.id() + "' is taken by another file; skipped");
        } else {
          links.put(s.id(), linked);
        }
      } catch (RuntimeException e) {
        problems.add(name + ": " + e.getMessage());
      }
    }
    return new ScenarioCatalogue(found, links, problems);
  }
}
