package org.strait.app.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.knowledge.Indicator;

class IndicatorFolderTest {
  @TempDir Path dir;

  @Test
  void load_missingFolder_failsNamingItAndHowToSetIt() {
    Path missing = dir.resolve("nowhere");
    assertThatThrownBy(() -> IndicatorFolder.load(missing)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing.toAbsolutePath().toString()).hasMessageContaining("STRAIT_DATA_DIR")
        .hasMessageContaining("STRAIT_HOME").hasMessageContaining("--without-indicators");
  }

  @Test
  void load_folderWithoutTheFiles_failsNamingIt() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> IndicatorFolder.load(dir.resolve("empty"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(dir.resolve("empty").toAbsolutePath().toString())
        .hasMessageContaining("cannot be read");
  }

  @Test
  void resolve_inTheBuild_isTheSharedFoldersData_andReadsTheRealFiles() {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("STRAIT_DATA_DIR") == null
        && System.getProperty("strait.data.dir") == null, "an explicit data folder is set");
    Path folder = IndicatorFolder.resolve();
    assertThat(folder).isEqualTo(Path.of(System.getProperty("strait.shared.dir"), "data"));
    assertThat(IndicatorFolder.load().value(Indicator.GDP_CURRENT_USD, Country.KOR, 2021)).isPresent();
  }
}
