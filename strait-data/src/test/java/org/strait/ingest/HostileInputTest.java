package org.strait.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.testkit.PipeFormat;

/** Issue 16, faults 2, 3, 4 and 11: damaged, unbounded, multi-member and special input files. */
class HostileInputTest {
  static final ReadOptions OPTIONS =
      new ReadOptions("test", Set.of(Country.JPN, Country.KOR), (name, date) -> Optional.empty(), null, 0);
  static final String ROW = "2014-01-05|Japan|JPN|South Korea|KOR|040|1.0";

  @TempDir Path dir;

  /** Distinct rows, so that the compressed file is long enough to cut in the middle of its deflate data. */
  static byte[] rows(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append("2014-01-").append(String.format("%02d", 1 + i % 28)).append("|Japan ").append(i)
          .append("|JPN|South Korea|KOR|040|1.0\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  static Path gzip(Path file, byte[] content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content);
    }
    return file;
  }

  static Path zip(Path file, List<String> names, byte[] content) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (String name : names) {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
      }
    }
    return file;
  }

  static Path truncate(Path file, double keep) throws IOException {
    byte[] all = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(all, (int) (all.length * keep)));
    return file;
  }

  static Path fifo(Path file) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
    assertThat(p.waitFor()).as("mkfifo").isZero();
    return file;
  }

  @Test
  void read_truncatedGz_failsNamingTheFileAndTheDamage() throws Exception {
    Path gz = truncate(gzip(dir.resolve("events.txt.gz"), rows(5000)), 0.5);
    assertThatThrownBy(() -> new PipeFormat().read(new InputFile(gz), OPTIONS, new CountingSink()))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("events.txt.gz").hasMessageContaining("damaged or truncated");
  }

  @Test
  void read_truncatedZip_failsNamingTheFileAndTheDamage() throws Exception {
    Path zip = truncate(zip(dir.resolve("events.zip"), List.of("events.txt"), rows(5000)), 0.5);
    assertThatThrownBy(() -> new PipeFormat().read(new InputFile(zip), OPTIONS, new CountingSink()))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("events.zip").hasMessageContaining("damaged or truncated");
  }

  @Test
  void read_zipOfTwoFiles_isRefusedNamingBoth() throws Exception {
    Path zip = zip(dir.resolve("two.zip"), List.of("a.txt", "b.txt"), rows(3));
    assertThatThrownBy(() -> new PipeFormat().read(new InputFile(zip), OPTIONS, new CountingSink()))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("two.zip").hasMessageContaining("2 files").hasMessageContaining("a.txt, b.txt");
  }

  @Test
  void read_gzipBomb_isRefusedByItsRatio() throws Exception {
    byte[] bomb = new byte[16 << 20];
    byte[] head = rows(2);
    System.arraycopy(head, 0, bomb, 0, head.length);
    Path gz = gzip(dir.resolve("bomb.txt.gz"), bomb);
    assertThat(Files.size(gz)).isLessThan(100_000);
    CountingSink sink = new CountingSink();
    assertThatThrownBy(() -> new PipeFormat().read(new InputFile(gz), OPTIONS, sink))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("bomb.txt.gz").hasMessageContaining("times its compressed size");
  }

  @Test
  void sample_longLineBeforeDamage_readsABoundedPrefixOnly() throws Exception {
    byte[] line = new byte[8 << 20];
    Arrays.fill(line, (byte) 'x');
    Path gz = truncate(gzip(dir.resolve("long.txt.gz"), line), 0.9);
    FileSample sample = ReaderRegistry.sample(gz);
    assertThat(sample.lines()).hasSize(1);
    assertThat(sample.lines().get(0).length()).isLessThan(8 << 20).isGreaterThan(1000);
  }

  @Test
  void plan_fifoNamedDirectly_isRefusedWithoutWaiting() throws Exception {
    Path pipe = fifo(dir.resolve("pipe.txt"));
    ReaderRegistry registry = ReaderRegistry.of(List.of(new PipeFormat()));
    assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
        assertThatThrownBy(() -> IngestPlan.of(registry, List.of(pipe), null, null))
            .isInstanceOf(IngestException.class)
            .hasMessageContaining("pipe.txt").hasMessageContaining("special file"));
    assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
        assertThatThrownBy(() -> IngestPlan.of(registry, List.of(pipe), "pipe", null))
            .isInstanceOf(IngestException.class).hasMessageContaining("special file"));
  }

  /** Counts what a reader sends, for tests that only need it to finish or fail. */
  static final class CountingSink implements EventSink {
    long rows;

    @Override
    public void valid(java.time.YearMonth month) {
      rows++;
    }

    @Override
    public void keep(org.strait.core.Event event, long line) {}

    @Override
    public void reject(long line, String reason, String detail) {
      rows++;
    }
  }
}
