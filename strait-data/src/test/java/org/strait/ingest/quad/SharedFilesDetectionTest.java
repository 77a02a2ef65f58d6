package org.strait.ingest.quad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.strait.ingest.EventReader;
import org.strait.ingest.ReaderRegistry;
import org.strait.ingest.icews.IcewsReader;

/** Which reader recognises each file of the shared ICEWS folders: data files theirs, companions and prose none. */
class SharedFilesDetectionTest {
  private final ReaderRegistry registry =
      ReaderRegistry.of(List.<EventReader>of(new IcewsReader(), new IdQuadReader(), new NamedQuadReader()));

  @Test
  void detect_sharedIcewsFolders_dataFilesOnly() throws IOException {
    Map<String, String> found = new TreeMap<>();
    for (Path folder : List.of(SharedData.data("icews14"), SharedData.data("icews05-15"),
        SharedData.data("icews05-15").resolve("tail"), SharedData.data("icews05-15").resolve("sample"))) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String key = folder.getFileName() + "/" + file.getFileName();
          found.put(key, registry.detect(file).map(EventReader::format).orElse("-"));
        }
      }
    }

    assertThat(found).containsEntry("icews14/train.txt", "quad-id").containsEntry("icews14/valid.txt", "quad-id")
        .containsEntry("icews14/test.txt", "quad-id").containsEntry("tail/valid.txt", "quad-id")
        .containsEntry("tail/test.txt", "quad-id")
        .containsEntry("sample/icews_2005-2015_valid.txt", "quad-named")
        .containsEntry("sample/icews_2005-2015_test.txt", "quad-named");
    assertThat(found).containsEntry("icews14/entity2id.txt", "-").containsEntry("icews14/relation2id.txt", "-")
        .containsEntry("icews14/SOURCE.md", "-").containsEntry("tail/entity2id.txt", "-")
        .containsEntry("tail/relation2id.txt", "-").containsEntry("tail/stat.txt", "-")
        .containsEntry("sample/LICENSE_mmkb.txt", "-").containsEntry("sample/README_mmkb_TemporalKGs.md", "-")
        .containsEntry("icews05-15/SOURCE.md", "-");
    assertThat(found.values().stream().filter(f -> !f.equals("-"))).hasSize(7);
  }

  @Test
  void detect_wholeSharedDataFolder_onlyTheIcewsEventFiles() throws IOException {
    Path data = SharedData.data("icews14").getParent();
    Map<String, String> detected = new TreeMap<>();
    try (Stream<Path> files = Files.walk(data)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        registry.detect(file).ifPresent(r -> detected.put(data.relativize(file).toString(), r.format()));
      }
    }

    // the event files of every ICEWS folder (../shared/data/README.md), all in id form but the named 20% sample
    assertThat(detected).containsOnlyKeys("icews14/train.txt", "icews14/valid.txt", "icews14/test.txt",
        "icews05-15/tail/valid.txt", "icews05-15/tail/test.txt", "icews05-15/sample/icews_2005-2015_valid.txt",
        "icews05-15/sample/icews_2005-2015_test.txt", "icews18/train.txt", "icews18/valid.txt", "icews18/test.txt",
        "icews21/train.txt", "icews21/valid.txt", "icews21/test.txt", "icews22/train.txt", "icews22/valid.txt",
        "icews22/test.txt", "icews22-q4/valid.txt", "icews22-q4/test.txt", "icews23/train.txt",
        "icews23/valid.txt", "icews23/test.txt");
    assertThat(detected).allSatisfy((file, format) ->
        assertThat(format).isEqualTo(file.contains("sample/") ? "quad-named" : "quad-id"));
  }
}
