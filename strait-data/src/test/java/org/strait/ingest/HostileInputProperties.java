package org.strait.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.strait.ingest.formats.StandardReaders;
import org.strait.core.Country;
import org.strait.core.Event;
import org.strait.ingest.cameo.CameoTable;
import org.strait.ingest.quad.FuzzFiles;

/**
 * Fuzz properties of every standard reader under hostile input (issue 16): compressed files cut or corrupted
 * anywhere, lines of megabytes without a break, and special files. Each reader either reads the file, accounting for
 * its rows, or fails with an {@link IngestException} naming the file; nothing else escapes, nothing hangs, and a
 * sample stays within its byte bound.
 */
class HostileInputProperties {
  private static final ReadOptions OPTIONS = new ReadOptions("fuzz", Set.of(Country.JPN, Country.KOR),
      (name, date) -> Optional.empty(), LocalDate.of(2014, 1, 1), 24);

  /** How a compressed file is spoiled after it is written. */
  enum Spoil { NONE, TRUNCATE, FLIP_BYTE, APPEND_JUNK }

  @Provide
  Arbitrary<byte[]> contents() {
    Arbitrary<String> row = Combinators.combine(Arbitraries.of("Japan", "South Korea", "China"),
            Arbitraries.of(CameoTable.standard().labels()), Arbitraries.integers().between(0, 4000))
        .as((a, r, d) -> a + "\t" + r + "\tJapan\t" + LocalDate.of(2005, 1, 1).plusDays(d));
    return FuzzFiles.files(row);
  }

  @Property(tries = 60)
  void everyReader_spoiledCompressedFile_readsOrFailsNamingTheFile(@ForAll("contents") byte[] content,
      @ForAll boolean zip, @ForAll Spoil spoil, @ForAll @IntRange(min = 0, max = 1 << 16) int at) throws IOException {
    Path dir = Files.createTempDirectory("strait-hostile");
    try {
      Path file = compress(dir.resolve(zip ? "events.txt.zip" : "events.txt.gz"), content, zip);
      byte[] bytes = Files.readAllBytes(file);
      switch (spoil) {
        case TRUNCATE -> Files.write(file, Arrays.copyOf(bytes, at % bytes.length));
        case FLIP_BYTE -> {
          bytes[at % bytes.length] ^= (byte) (1 << (at % 8));
          Files.write(file, bytes);
        }
        case APPEND_JUNK -> Files.write(file, concat(bytes, new byte[] {1, 2, 3, (byte) (at & 0xFF)}));
        default -> { }
      }
      Statistics.label("spoil").collect(spoil);
      for (EventReader reader : StandardReaders.registry().readers()) {
        Outcome outcome = run(reader, file);
        Statistics.label("outcome").collect(outcome.failed ? "failed" : "read");
        if (spoil == Spoil.NONE && !outcome.failed) {
          assertThat(outcome.rows).as(reader.format()).isEqualTo(FuzzFiles.lines(content));
        }
      }
    } finally {
      delete(dir);
    }
  }

  @Property(tries = 12)
  void everyReader_lineOfMegabytes_isBoundedInTheSampleAndAccountedFor(
      @ForAll @IntRange(min = 1, max = 3 << 20) int length, @ForAll boolean gzip, @ForAll boolean newline)
      throws IOException {
    Path dir = Files.createTempDirectory("strait-hostile");
    try {
      byte[] content = new byte[length + (newline ? 1 : 0)];
      Arrays.fill(content, (byte) '7');
      if (newline) {
        content[length] = '\n';
      }
      Path file = gzip ? compress(dir.resolve("long.txt.gz"), content, false)
          : Files.write(dir.resolve("long.txt"), content);
      FileSample sample = ReaderRegistry.sample(file);
      assertThat(sample.lines().stream().mapToLong(String::length).sum()).isLessThanOrEqualTo(FileSample.MAX_BYTES);
      for (EventReader reader : StandardReaders.registry().readers()) {
        assertThat(reader.detect(sample)).as(reader.format()).isFalse();
        Outcome outcome = run(reader, file);
        assertThat(outcome.failed || outcome.rows == 1).as(reader.format() + " rows " + outcome.rows).isTrue();
      }
    } finally {
      delete(dir);
    }
  }

  /** What a special file is. */
  enum Special { FIFO, LINK_TO_DEV_ZERO, BROKEN_LINK }

  @Property(tries = 12)
  void planAndRead_specialFile_isSkippedInFoldersAndRefusedByName(@ForAll Special kind,
      @ForAll("names") String name) throws Exception {
    Path dir = Files.createTempDirectory("strait-hostile");
    try {
      Path special = dir.resolve(name);
      switch (kind) {
        case FIFO -> assertThat(new ProcessBuilder("mkfifo", special.toString()).start().waitFor()).isZero();
        case LINK_TO_DEV_ZERO -> Files.createSymbolicLink(special, Path.of("/dev/zero"));
        case BROKEN_LINK -> Files.createSymbolicLink(special, dir.resolve("nothing-here"));
        default -> throw new IllegalStateException();
      }
      ReaderRegistry registry = StandardReaders.registry();
      IngestPlan plan = assertTimeoutPreemptively(Duration.ofSeconds(20),
          () -> IngestPlan.of(registry, List.of(dir), null, null));
      assertThat(plan.files()).isEmpty();
      assertThat(plan.skipped()).extracting(UnreadFile::file).containsExactly(special);
      for (EventReader reader : registry.readers()) {
        Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(reader, special));
        assertThat(outcome.failed).as(reader.format()).isTrue();
      }
    } finally {
      delete(dir);
    }
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("events.txt", "events.txt.gz", "events.zip", "export.CSV", "_strait_archive.json");
  }

  /** Whether a reader failed (with an IngestException naming the file), and the rows it accounted for. */
  record Outcome(boolean failed, long rows) {}

  private static Outcome run(EventReader reader, Path file) throws IOException {
    Rows rows = new Rows();
    try {
      reader.detect(ReaderRegistry.sample(file));
      reader.read(new InputFile(file, new InputLimits(8L << 20, 100)), OPTIONS, rows);
      return new Outcome(false, rows.count);
    } catch (IngestException e) {
      assertThat(e.getMessage()).as(reader.format()).contains(file.getFileName().toString());
      return new Outcome(true, rows.count);
    }
  }

  private static Path compress(Path file, byte[] content, boolean zip) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      if (zip) {
        try (ZipOutputStream z = new ZipOutputStream(out)) {
          z.putNextEntry(new ZipEntry("events.txt"));
          z.write(content);
          z.closeEntry();
        }
      } else {
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
          gz.write(content);
        }
      }
    }
    return file;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Counts every row a reader accounts for. */
  static final class Rows implements EventSink {
    long count;

    @Override
    public void valid(YearMonth month) {
      count++;
    }

    @Override
    public void keep(Event event, long line) {}

    @Override
    public void reject(long line, String reason, String detail) {
      count++;
    }
  }
}
