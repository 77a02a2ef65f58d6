package org.strait.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.scenario.YamlFolder;

/** Where scenario files are found and how they read: a path, a shipped id, the folder's listing. */
class ScenarioFilesTest {
  private static Path file(String id) {
    Path here = Path.of("").toAbsolutePath();
    Path inModule = here.getParent().resolve("scenarios");
    return (Files.isDirectory(inModule) ? inModule : here.resolve("scenarios")).resolve(id + ".yaml");
  }

  private static String shipped(String id) throws java.io.IOException {
    return Files.readString(file(id));
  }

  @Test
  void resolve_shippedId_findsTheFileUnderScenarios(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("scenarios"));
    Files.writeString(dir.resolve("scenarios/cli-test.yaml"), shipped("baseline"));
    assertThat(ScenarioFiles.resolve(Path.of("cli-test"), dir)).isEqualTo(dir.resolve("scenarios/cli-test.yaml"));
    assertThatThrownBy(() -> ScenarioFiles.resolve(Path.of("other"), dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other").hasMessageContaining("cli-test");
    Path file = dir.resolve("own.yaml");
    Files.writeString(file, shipped("baseline"));
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
    Files.writeString(dir.resolve("b.yaml"), shipped("baseline"));
    Files.writeString(dir.resolve("a.yaml"), shipped("thaw-holds"));
    Files.writeString(dir.resolve("notes.txt"), "not a scenario");
    assertThat(YamlFolder.files(dir)).containsExactly(dir.resolve("a.yaml"), dir.resolve("b.yaml"));
    ScenarioFiles a = ScenarioFiles.read(dir.resolve("a.yaml"));
    assertThat(a.scenario().id()).isEqualTo("thaw-holds");
    assertThat(a.links()).isEmpty();
    assertThat(YamlFolder.id(a.file())).isEqualTo("a");
    // a shipped scenario that links a bargaining case (the case file is found beside the installation)
    ScenarioFiles linked = ScenarioFiles.read(file("wartime-labour-bargain"));
    assertThat(linked.links()).isNotEmpty();
    assertThat(linked.file()).isEqualTo(file("wartime-labour-bargain"));
  }
}
