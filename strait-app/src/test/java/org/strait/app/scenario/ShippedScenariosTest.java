package org.strait.app.scenario;

import org.strait.scenario.ScenarioReader;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strait.model.ensemble.Ensemble;
import org.strait.model.ensemble.EnsembleOptions;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.model.scenario.Scenario;

/** Every scenario shipped in {@code scenarios/} validates, says which seed and claim it follows, and runs. */
class ShippedScenariosTest {
  static Path folder() {
    Path here = Path.of("").toAbsolutePath();
    Path inModule = here.getParent().resolve("scenarios");
    return Files.isDirectory(inModule) ? inModule : here.resolve("scenarios");
  }

  static Stream<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(folder())) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @Test
  void folder_holdsAtLeastEightScenariosAndAReadme() throws IOException {
    assertThat(files().count()).isGreaterThanOrEqualTo(8);
    assertThat(folder().resolve("README.md")).isRegularFile();
  }

  @ParameterizedTest
  @MethodSource("files")
  void scenario_validatesAndRuns(Path file) throws IOException {
    Scenario s = ScenarioReader.read(file);
    assertThat(file.getFileName().toString()).isEqualTo(s.id() + ".yaml");
    assertThat(s.seeds()).isNotEmpty();
    List<String> header = Files.readAllLines(file).stream().takeWhile(l -> l.startsWith("#")).toList();
    assertThat(String.join("\n", header)).as("header of " + file).containsPattern("(seed 00[0-4]|Cha 1999)")
        .contains("Follows");
    assertThat(s.thresholds()).isNotEmpty();
    EnsembleResult r = Ensemble.run(s.id(), BargainLinks.replicates(s, BargainLinks.read(file, s), 50, 1, 1),
        s.thresholds(), new EnsembleOptions(50, 1, 1), n -> { });
    assertThat(r.months()).isEqualTo(s.horizonMonths());
    for (int t = 0; t < r.months(); t++) {
      assertThat(r.quantile(0, t)).isBetween(-10.0, 10.0);
      assertThat(r.quantile(4, t)).isBetween(-10.0, 10.0);
    }
  }
}
