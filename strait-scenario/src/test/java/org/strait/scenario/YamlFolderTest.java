package org.strait.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlFolderTest {
  /** The repository's folders of shipped YAML files (the tests run in the module's folder). */
  private static final Path SCENARIOS = Path.of("..", "scenarios");
  private static final Path CASES = Path.of("..", "strait-app", "src", "main", "resources", "cases");

  @Test
  void files_shippedScenarios_areTheTwelveYamlFilesInNameOrderWithoutTheReadme() {
    assertThat(YamlFolder.files(SCENARIOS)).extracting(YamlFolder::id).containsExactly("asset-liquidation",
        "baseline", "china-coercion-middle-power", "china-coercion", "fukushima-water-bargain", "quad-invitation",
        "seoul-government-change", "seventh-nuclear-test", "six-party-talks", "thaw-holds", "us-abandonment-fear",
        "wartime-labour-bargain");
  }

  @Test
  void files_shippedCases_leaveOutTheRecordSubFolder() {
    assertThat(YamlFolder.files(CASES)).extracting(YamlFolder::id).containsExactly("fukushima-water",
        "wartime-labour");
    assertThat(YamlFolder.files(CASES.resolve("record"))).extracting(YamlFolder::id).containsExactly(
        "comfort-women-2015", "export-controls-2019", "fukushima-2023-seoul", "gsomia-2019-notice",
        "gsomia-2019-suspension", "sado-2024");
  }

  @Test
  void files_otherEndingsAndFoldersNamedYaml_areNotListed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.yaml"), "id: b");
    Files.writeString(dir.resolve("a.yaml"), "id: a");
    Files.writeString(dir.resolve("c.yml"), "id: c");
    Files.writeString(dir.resolve("d.yaml.bak"), "id: d");
    Files.createDirectory(dir.resolve("e.yaml"));
    assertThat(YamlFolder.files(dir)).containsExactly(dir.resolve("a.yaml"), dir.resolve("b.yaml"));
  }

  @Test
  void files_missingFolder_isAnErrorNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere");
    assertThatThrownBy(() -> YamlFolder.files(missing)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void id_isTheNameWithoutItsEndingOnly() {
    assertThat(YamlFolder.id(Path.of("x", "thaw-holds.yaml"))).isEqualTo("thaw-holds");
    assertThat(YamlFolder.id(Path.of("a.yaml-notes.yaml"))).isEqualTo("a.yaml-notes");
  }
}
