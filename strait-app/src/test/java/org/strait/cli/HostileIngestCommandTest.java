package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 through {@code strait ingest}: damaged, hostile and special files among good ones; honest totals. */
class HostileIngestCommandTest {
  @TempDir Path dir;

  private static String quads(int n, int day) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append("Japan\tConsult\tSouth Korea\t2014-03-").append(String.format("%02d", 1 + (day + i) % 28))
          .append('\n');
    }
    return text.toString();
  }

  private static Path gzip(Path file, byte[] content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content);
    }
    return file;
  }

  private static Path fifo(Path file) throws Exception {
    assertThat(new ProcessBuilder("mkfifo", file.toString()).inheritIO().start().waitFor()).isZero();
    return file;
  }

  @Test
  void ingest_truncatedGzBetweenGoodFiles_namesIt_ingestsTheOthers_printsTotals_exits1() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("a.txt"), quads(3, 0));
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 4000; i++) {
      many.append("Japan ").append(i).append("\tConsult\tSouth Korea\t2014-04-01\n");
    }
    Path gz = gzip(data.resolve("b.txt.gz"), many.toString().getBytes(StandardCharsets.UTF_8));
    byte[] all = Files.readAllBytes(gz);
    Files.write(gz, Arrays.copyOf(all, all.length / 2));
    Files.writeString(data.resolve("c.txt"), quads(2, 5));

    CliRun run = CliRun.of("ingest", data.toString(), "--db", dir.resolve("s.duckdb").toString());

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.err()).contains("b.txt.gz").contains("damaged or truncated");
    assertThat(run.out()).contains("ingested " + data.resolve("a.txt")).contains("ingested " + data.resolve("c.txt"))
        .contains("total: 2 files, 5 valid rows").contains("failed: 1 files");
    CliRun count = CliRun.of("events", "--db", dir.resolve("s.duckdb").toString(), "--dyad", "JPN-KOR", "--count");
    assertThat(count.out().trim()).isEqualTo("5");
  }

  @Test
  void ingest_again_countsNoRowsOfUnchangedFiles() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("a.txt"), quads(3, 0) + "Japan\tFrobnicate\tSouth Korea\t2014-03-01\n");
    String db = dir.resolve("s.duckdb").toString();
    assertThat(CliRun.of("ingest", data.toString(), "--db", db).out()).contains("total: 1 files, 3 valid rows, 3 kept,"
        + " 1 rejected,").contains("rejected unmatched-relation");

    CliRun again = CliRun.of("ingest", data.toString(), "--db", db);

    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("unchanged " + data.resolve("a.txt"))
        .contains("total: 0 files, 0 valid rows, 0 kept, 0 rejected (1 files unchanged, not counted again)")
        .doesNotContain("rejected unmatched-relation");
  }

  @Test
  void ingest_folderWithFifoBombAndEndlessLine_skipsThemWithReasons_andIngestsTheRest() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("a.txt"), quads(3, 0));
    Path pipe = fifo(data.resolve("b.txt"));
    gzip(data.resolve("c.txt.gz"), new byte[64 << 20]);
    byte[] endless = new byte[3 << 20];
    Arrays.fill(endless, (byte) 'x');
    Files.write(data.resolve("d.txt"), endless);

    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> CliRun.of("ingest", data.toString(), "--db", dir.resolve("s.duckdb").toString()));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("total: 1 files, 3 valid rows").contains("skipped 3 files:")
        .contains("  " + data + "/ (is not a regular file but a special file")
        .contains("): " + pipe.getFileName() + "\n")
        .contains("  " + data + "/ (no reader recognises it): c.txt.gz, d.txt\n");
  }

  @Test
  void ingest_fifoNamedDirectly_failsAtOnceSayingWhatItIs() throws Exception {
    Path pipe = fifo(dir.resolve("events.txt"));
    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> CliRun.of("ingest", pipe.toString(), "--db", dir.resolve("s.duckdb").toString()));
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("events.txt").contains("special file");
  }
}
