package org.strait.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.ingest.quad.SharedData;

/**
 * GDELT's own listings as it published them ({@code shared/data/gdelt/lists/}) and the real 20130401 daily export,
 * served on loopback: the listing code reads every line, and the export verifies against both lists.
 */
class RealListingsTest {
  @TempDir Path dir;
  private FixtureServer server;
  private final List<Duration> pauses = new ArrayList<>();
  private Path gdelt;

  @BeforeEach
  void start() throws IOException {
    gdelt = SharedData.data("gdelt");
    server = new FixtureServer();
    server.put("/events/md5sums", Files.readAllBytes(gdelt.resolve("lists/v1_event_md5sums.txt")));
    server.put("/events/filesizes", Files.readAllBytes(gdelt.resolve("lists/v1_event_file_list.txt")));
    server.put("/events/20130401.export.CSV.zip", Files.readAllBytes(gdelt.resolve("20130401.export.CSV.zip")));
    server.put("/gdeltv2/masterfilelist.txt",
        Files.readAllBytes(gdelt.resolve("lists/v2_masterfilelist_english.txt")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private FetchOptions options(GdeltVersion version, LocalDate from, LocalDate to) {
    return FetchOptions.builder().version(version).range(from, to).outDir(dir).baseUrl(server.base())
        .maxAttempts(2).initialBackoff(Duration.ofMillis(5)).build();
  }

  /** The lines of a list split at whitespace, read here with plain string splitting: {name: first field}. */
  private Map<String, String> firstFieldByName(String list) throws IOException {
    Map<String, String> byName = new HashMap<>();
    for (String line : Files.readAllLines(gdelt.resolve("lists").resolve(list), StandardCharsets.UTF_8)) {
      String[] f = line.trim().split("\\s+");
      byName.put(f[f.length - 1], f[0]);
    }
    return byName;
  }

  @Test
  void v1_wholeListing_everyEventFileWithItsSizeAndMd5() throws IOException {
    FetchOptions options = options(GdeltVersion.V1, LocalDate.of(1979, 1, 1), LocalDate.of(2023, 12, 31));
    List<RemoteFile> files = V1Listing.list(new HttpSource(options, pauses::add), options);

    Map<String, String> sizes = firstFieldByName("v1_event_file_list.txt");
    Map<String, String> md5s = firstFieldByName("v1_event_md5sums.txt");
    // every listed name but the reduced master file is an event file: 3,951 lines, 3,950 files
    assertThat(sizes).hasSize(3951).containsKey("GDELT.MASTERREDUCEDV2.1979-2013.zip");
    assertThat(files).hasSize(3950);
    for (RemoteFile f : files) {
      assertThat(f.sizeBytes()).as(f.name()).hasValue(Long.parseLong(sizes.get(f.name())));
      assertThat(f.md5()).as(f.name()).hasValue(md5s.get(f.name()));
    }
    assertThat(files.get(0).name()).isEqualTo("1979.zip");
    assertThat(files.get(files.size() - 1).lastDay()).isEqualTo(LocalDate.of(2023, 10, 5));
  }

  @Test
  void v1_fetch20130401_verifiesTheRealZipAgainstBothLists() throws IOException {
    LocalDate day = LocalDate.of(2013, 4, 1);

    FetchReport report = GdeltFetcher.run(options(GdeltVersion.V1, day, day), FetchListener.NONE, pauses::add);

    assertThat(report.failures()).isEmpty();
    assertThat(report.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.file().sizeBytes()).hasValue(1_729_307L);
      assertThat(o.file().md5()).hasValue("eae31b05c53ec7c57927560e23740149");
    });
    assertThat(Files.readAllBytes(dir.resolve("20130401.export.CSV.zip")))
        .isEqualTo(Files.readAllBytes(gdelt.resolve("20130401.export.CSV.zip")));
    assertThat(report.uncoveredDays()).isEmpty();
  }

  @Test
  void v2_masterList_everyExportOfTheRangeWithItsSizeAndMd5() throws IOException {
    // the 900 lines run from 2015-02-18 23:00; their exports, counted here with plain string matching
    Map<String, String[]> exports = new HashMap<>();
    for (String line : Files.readAllLines(gdelt.resolve("lists/v2_masterfilelist_english.txt"))) {
      String[] f = line.trim().split(" ");
      String name = f[2].substring(f[2].lastIndexOf('/') + 1);
      if (name.endsWith(".export.CSV.zip")) {
        exports.put(name, f);
      }
    }
    FetchOptions options = options(GdeltVersion.V2, LocalDate.of(2015, 2, 1), LocalDate.of(2015, 3, 31));

    List<RemoteFile> files = V2Listing.list(new HttpSource(options, pauses::add), options);

    assertThat(exports).hasSize(300);
    assertThat(files).hasSize(exports.size());
    for (RemoteFile f : files) {
      String[] line = exports.get(f.name());
      assertThat(f.sizeBytes()).as(f.name()).hasValue(Long.parseLong(line[0]));
      assertThat(f.md5()).as(f.name()).hasValue(line[1]);
      assertThat(f.url()).isEqualTo(server.base().resolve("gdeltv2/" + f.name()));
    }
    assertThat(files.get(0).name()).isEqualTo("20150218230000.export.CSV.zip");
  }
}
