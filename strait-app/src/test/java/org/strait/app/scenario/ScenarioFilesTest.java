package org.strait.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where scenario files are found and how they read: a path, a shipped id, the folder's listing. */
class ScenarioFilesTest {
  private static final String SCENARIO = """
      id: cli-test
      title: CLI test
      follows: {seeds: [seed 001], claim: "M1: common threat"}
      start: 2023-04
      horizon: 18
      initial: {temperature: 1.0}
      thresholds:
        - {name: low, below: 0.0}
      """;

  @Test
  void resolve_shippedId_findsTheFileUnderScenarios(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("scenarios"));
    Files.writeString(dir.resolve("scenarios/cli-test.yaml"), SCENARIO);
    assertThat(ScenarioFiles.resolve(Path.of("cli-test"), dir)).isEqualTo(dir.resolve("scenarios/cli-test.yaml"));
    assertThatThrownBy(() -> ScenarioFiles.resolve(Path.of("other"), dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other").hasMessageContaining("cli-test");
    Path file = dir.resolve("own.yaml");
    Files.writeString(file, SCENARIO);
    assertThat(ScenarioFiles.resolve(file, dir)).isEqualTo(file);
  }

  @Test
  void resolve_noShippedFolder_saysSo(@TempDir Path dir) {
    assertThatThrownBy(() -> ScenarioFiles.resolve(Path.of("thaw-holds"), dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no such folder; set STRAIT_HOME");
  }

  @Test
  void list_givesTheYamlFilesSorted_andReadTakesTheLinks(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.yaml"), SCENARIO.replace("cli-test", "b"));
    Files.writeString(dir.resolve("a.yaml"), SCENARIO.replace("cli-test", "a"));
    Files.writeString(dir.resolve("notes.txt"), "not a scenario");
    assertThat(ScenarioFiles.list(dir)).containsExactly(dir.resolve("a.yaml"), dir.resolve("b.yaml"));
    ScenarioFiles a = ScenarioFiles.read(dir.resolve("a.yaml"));
    assertThat(a.scenario().id()).isEqualTo("a");
    assertThat(a.links()).isEmpty();
    assertThat(ScenarioFiles.id(a.file())).isEqualTo("a");
  }
}
