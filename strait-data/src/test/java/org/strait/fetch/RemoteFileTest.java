package org.strait.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Values of the fetch package: file names that stay inside the folder, MD5 sums, uncovered days. */
class RemoteFileTest {
  private static final URI URL = URI.create("http://127.0.0.1/x");
  private static final LocalDate DAY = LocalDate.of(2014, 1, 1);

  private static RemoteFile file(String name, LocalDate first, LocalDate last) {
    return new RemoteFile(name, URL, first, last, OptionalLong.empty(), Optional.empty());
  }

  @Test
  void remoteFile_nameWithAPath_isRejected() {
    for (String name : List.of("../20140101.export.CSV.zip", "a/b.zip", "..", ".hidden", "")) {
      assertThatThrownBy(() -> file(name, DAY, DAY)).as(name).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("plain name");
    }
  }

  @Test
  void remoteFile_upperCaseMd5_isStoredLowerCase() {
    RemoteFile f = new RemoteFile("a.zip", URL, DAY, DAY, OptionalLong.of(3),
        Optional.of("900150983CD24FB0D6963F7D28E17F72"));
    assertThat(f.md5()).hasValue("900150983cd24fb0d6963f7d28e17f72");
  }

  @Test
  void remoteFile_md5OfWrongLength_isRejected() {
    assertThatThrownBy(() -> new RemoteFile("a.zip", URL, DAY, DAY, OptionalLong.empty(), Optional.of("abc")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.zip: MD5 must be 32 hex digits");
  }

  @Test
  void md5Hex_rfc1321TestVectors_match() {
    assertThat(Checksums.md5Hex(new byte[0])).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    assertThat(Checksums.md5Hex("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("900150983cd24fb0d6963f7d28e17f72");
  }

  @Test
  void uncovered_filesWithGapsAndOverhangs_listsExactlyTheMissingDays() {
    List<RemoteFile> files = List.of(
        file("2013.zip", LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31)),
        file("20140102.export.CSV.zip", LocalDate.of(2014, 1, 2), LocalDate.of(2014, 1, 2)),
        file("20140105.export.CSV.zip", LocalDate.of(2014, 1, 5), LocalDate.of(2014, 1, 5)));

    assertThat(GdeltFetcher.uncovered(files, LocalDate.of(2013, 12, 30), LocalDate.of(2014, 1, 5)))
        .containsExactly(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 1, 3), LocalDate.of(2014, 1, 4));
  }

  @Test
  void options_toBeforeFrom_isAUsageError() {
    assertThatThrownBy(() -> FetchOptions.builder().range(DAY, DAY.minusDays(1)).outDir(Path.of("x"))
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessage("--to 2013-12-31 is before --from 2014-01-01");
  }

  @Test
  void options_baseUrlWithoutTrailingSlash_getsOne() {
    FetchOptions o = FetchOptions.builder().range(DAY, DAY).outDir(Path.of("x"))
        .baseUrl(URI.create("http://127.0.0.1:8080/mirror")).build();
    assertThat(o.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080/mirror/"));
    assertThat(o.baseUrl().resolve("events/md5sums")).isEqualTo(URI.create("http://127.0.0.1:8080/mirror/events/md5sums"));
  }
}
