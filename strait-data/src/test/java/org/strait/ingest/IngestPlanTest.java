package org.strait.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.testkit.PipeFormat;

class IngestPlanTest {
  static final ReaderRegistry REGISTRY = ReaderRegistry.of(List.of(new PipeFormat()));
  static final String ROW = "2014-01-05|Japan|JPN|South Korea|KOR|040|1.0";

  @TempDir Path dir;

  @Test
  void of_folder_readsRecognisedFiles_labelsByFolder_skipsTheRest() throws Exception {
    Path root = Files.createDirectories(dir.resolve("data"));
    Files.createDirectories(root.resolve("icews05-15/tail"));
    Files.createDirectories(root.resolve(".hidden"));
    Files.writeString(root.resolve("top.txt"), ROW);
    Files.writeString(root.resolve("icews05-15/tail/test.txt"), ROW);
    Files.writeString(root.resolve("icews05-15/README.md"), "# read me");
    Files.writeString(root.resolve(".hidden/x.txt"), ROW);

    IngestPlan plan = IngestPlan.of(REGISTRY, List.of(root), null, null);

    assertThat(plan.files()).extracting(f -> root.relativize(f.file()).toString(), PlannedFile::source)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("icews05-15/tail/test.txt", "icews05-15/tail"),
            org.assertj.core.groups.Tuple.tuple("top.txt", "data"));
    assertThat(plan.skipped()).containsExactly(new UnreadFile(root.resolve("icews05-15/README.md"), IngestPlan.UNRECOGNISED));
  }

  @Test
  void of_sourceGiven_labelsEveryFileWithIt() throws Exception {
    Files.writeString(dir.resolve("a.txt"), ROW);
    IngestPlan plan = IngestPlan.of(REGISTRY, List.of(dir.resolve("a.txt")), null, "mine");
    assertThat(plan.files()).extracting(PlannedFile::source).containsExactly("mine");
  }

  @Test
  void of_unrecognisedFileNamedDirectly_errorNamesFileAndFormatsTried() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
    assertThatThrownBy(() -> IngestPlan.of(REGISTRY, List.of(notes), null, null))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("notes.txt").hasMessageContaining("unknown format").hasMessageContaining("pipe");
  }

  @Test
  void of_missingPath_errorNamesIt() {
    assertThatThrownBy(() -> IngestPlan.of(REGISTRY, List.of(dir.resolve("nope")), null, null))
        .isInstanceOf(IngestException.class).hasMessageContaining("nope").hasMessageContaining("no such file");
  }

  @Test
  void of_unknownFormatName_listsKnownFormats() {
    assertThatThrownBy(() -> IngestPlan.of(REGISTRY, List.of(dir), "gdelt9", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gdelt9").hasMessageContaining("pipe");
  }

  @Test
  void sample_gzipFile_isDecompressed() throws Exception {
    Path gz = dir.resolve("a.txt.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(ROW.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(ReaderRegistry.sample(gz).lines()).containsExactly(ROW);
    assertThat(REGISTRY.detect(gz)).isPresent();
  }
}
