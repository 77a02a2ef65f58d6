package org.strait.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GDELT 2.0 master file list served on loopback: which exports a range selects. */
class V2ListingTest {
  private static final String MD5 = "0123456789abcdef0123456789abcdef";
  private static final String HOST = "http://data.gdeltproject.org/gdeltv2/";

  @TempDir Path dir;
  private FixtureServer server;

  @BeforeEach
  void start() throws IOException {
    server = new FixtureServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private List<RemoteFile> list(LocalDate from, LocalDate to) {
    FetchOptions options = FetchOptions.builder().version(GdeltVersion.V2).range(from, to).outDir(dir)
        .baseUrl(server.base()).maxAttempts(1).build();
    return V2Listing.list(new HttpSource(options, d -> { }), options);
  }

  private static String line(long size, String name) {
    return size + " " + MD5 + " " + HOST + name + "\n";
  }

  @Test
  void list_oneDay_selectsThatDaysExportsOnlyAndFetchesThemFromTheBaseUrl() {
    server.put("/gdeltv2/masterfilelist.txt",
        line(150383, "20150218234500.export.CSV.zip")
        + line(318084, "20150218234500.mentions.CSV.zip")
        + line(111, "20150219000000.export.CSV.zip")
        + line(222, "20150219000000.mentions.CSV.zip")
        + line(333, "20150219000000.gkg.csv.zip")
        + line(444, "20150219234500.export.CSV.zip")
        + line(555, "20150220000000.export.CSV.zip"));

    List<RemoteFile> files = list(LocalDate.of(2015, 2, 19), LocalDate.of(2015, 2, 19));

    assertThat(files).extracting(RemoteFile::name)
        .containsExactly("20150219000000.export.CSV.zip", "20150219234500.export.CSV.zip");
    assertThat(files.get(0).url()).isEqualTo(server.base().resolve("gdeltv2/20150219000000.export.CSV.zip"));
    assertThat(files.get(0).sizeBytes()).hasValue(111);
    assertThat(files.get(1).md5()).hasValue(MD5);
  }

  @Test
  void list_malformedLineNamingAWantedExport_failsWithUrlAndLine() {
    server.put("/gdeltv2/masterfilelist.txt",
        line(1, "20150219000000.export.CSV.zip") + " " + HOST + "20150219001500.export.CSV.zip\n");

    assertThatThrownBy(() -> list(LocalDate.of(2015, 2, 19), LocalDate.of(2015, 2, 19)))
        .isInstanceOf(FetchException.class)
        .hasMessage(server.base() + "gdeltv2/masterfilelist.txt line 2: expected '<bytes> <md5> <url>', got '"
            + HOST + "20150219001500.export.CSV.zip'");
  }

  @Test
  void list_malformedLinesOutsideTheSelection_areIgnored() {
    server.put("/gdeltv2/masterfilelist.txt",
        " " + HOST + "20150219000000.gkg.csv.zip\n"
        + "x " + HOST + "20150301000000.export.CSV.zip\n"
        + line(7, "20150219000000.export.CSV.zip"));

    assertThat(list(LocalDate.of(2015, 2, 19), LocalDate.of(2015, 2, 19))).extracting(RemoteFile::name)
        .containsExactly("20150219000000.export.CSV.zip");
  }

  @Test
  void list_masterListMissing_failsNamingItsUrl() {
    assertThatThrownBy(() -> list(LocalDate.of(2015, 2, 19), LocalDate.of(2015, 2, 19)))
        .isInstanceOf(FetchException.class)
        .hasMessage(server.base() + "gdeltv2/masterfilelist.txt: HTTP 404, no GDELT 2.0 master file list there");
  }

  @Test
  void list_nothingListeningOnThePort_failsNamingTheUrlAndTheConnectionError() throws IOException {
    URI closed;
    try (FixtureServer other = new FixtureServer()) {
      closed = other.base();
    }
    FetchOptions options = FetchOptions.builder().version(GdeltVersion.V2).range(LocalDate.of(2015, 2, 19),
        LocalDate.of(2015, 2, 19)).outDir(dir).baseUrl(closed).maxAttempts(2).build();
    List<Duration> pauses = new ArrayList<>();

    assertThatThrownBy(() -> V2Listing.list(new HttpSource(options, pauses::add), options))
        .isInstanceOf(FetchException.class)
        .hasMessageStartingWith(closed + "gdeltv2/masterfilelist.txt: request failed: cannot connect")
        .hasMessageEndingWith("(gave up after 2 attempts)");
    assertThat(pauses).containsExactly(FetchOptions.DEFAULT_INITIAL_BACKOFF);
  }
}
