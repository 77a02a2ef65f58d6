package org.strait.ingest.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.strait.ingest.InputFile;

/**
 * Fuzzing of both GDELT readers: whatever the bytes, no exception escapes, every line gets exactly one outcome
 * (valid or rejected; the recording sink fails on a second one or a gap), rows left intact stay valid, and the
 * outcome does not depend on the block size, the number of threads, compression or whether the sink counts valid
 * rows by month.
 */
class GdeltEventReaderProperties {
  private static Path dir;

  @BeforeContainer
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("gdelt-fuzz");
  }

  @AfterContainer
  static void removeDir() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  /** Counts the lines of a file as the reader must: every '\n' ends one, and a last line may lack it. */
  private static long lines(byte[] bytes) {
    long n = 0;
    for (byte b : bytes) {
      n += b == '\n' ? 1 : 0;
    }
    return n + (bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? 1 : 0);
  }

  private static RecordingSink read(boolean version2, byte[] bytes, int threads, int blockSize, String name)
      throws IOException {
    Path file = GdeltFiles.write(dir, name, bytes);
    try {
      return GdeltFiles.read(new GdeltEventReader(version2, threads, blockSize), file);
    } finally {
      Files.delete(file);
    }
  }

  private static RecordingSink readByMonth(boolean version2, byte[] bytes, int threads, int blockSize)
      throws IOException {
    Path file = GdeltFiles.write(dir, "by-month.CSV", bytes);
    try {
      RecordingSink sink = RecordingSink.byMonth();
      GdeltEventReader reader = new GdeltEventReader(version2, threads, blockSize);
      reader.read(new InputFile(file), GdeltFiles.options(reader.format()), sink);
      return sink;
    } finally {
      Files.delete(file);
    }
  }

  @Property(tries = 200)
  void randomBytes_everyLineGetsOneOutcome(@ForAll @Size(max = 3000) byte[] bytes, @ForAll boolean version2,
      @ForAll @IntRange(min = 1, max = 2) int threads, @ForAll @IntRange(min = 1, max = 300) int blockSize)
      throws IOException {
    RecordingSink sink = read(version2, bytes, threads, blockSize, "random.CSV");

    assertThat(sink.valid + sink.rejects.size()).isEqualTo(lines(bytes));
    assertThat(sink.outcomes).hasSize((int) lines(bytes));
  }

  /** A row, and how it is damaged (or not). */
  record Damage(int kind, int at, String text) {}

  @Provide
  Arbitrary<List<Damage>> damages() {
    Arbitrary<Damage> damage = Combinators.combine(Arbitraries.integers().between(0, 8),
        Arbitraries.integers().between(0, 1000),
        Arbitraries.strings().ofMaxLength(12).withChars("0123456789-.eAZaz\t\r\u00e9\u6771 ")).as(Damage::new);
    return damage.list().ofMaxSize(40);
  }

  @Property(tries = 150)
  void damagedRows_areRejectedOrValidAndIntactRowsStayValid(@ForAll("damages") List<Damage> damages,
      @ForAll @IntRange(min = 0, max = 2) int layout, @ForAll @IntRange(min = 1, max = 2) int threads,
      @ForAll @IntRange(min = 8, max = 2000) int blockSize, @ForAll boolean gzip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int intact = 0;
    if (layout > 0) { // a GDELT 1.0 file takes the layout of its first well-formed row
      out.writeBytes((layout == 1 ? GdeltRow.v1Daily() : GdeltRow.v1Historical()).line().getBytes(
          StandardCharsets.UTF_8));
      out.write('\n');
      intact++;
    }
    for (Damage d : damages) {
      GdeltRow row = layout == 0 ? GdeltRow.v2() : layout == 1 ? GdeltRow.v1Daily() : GdeltRow.v1Historical();
      byte[] line = row.line().getBytes(StandardCharsets.UTF_8);
      byte[] text = d.text().getBytes(StandardCharsets.UTF_8);
      int at = d.at() % (line.length + 1);
      ByteArrayOutputStream damaged = new ByteArrayOutputStream();
      switch (d.kind()) {
        case 0 -> damaged.write(line, 0, at); // truncated
        case 1 -> { // text inserted
          damaged.write(line, 0, at);
          damaged.write(text, 0, text.length);
          damaged.write(line, at, line.length - at);
        }
        case 2 -> { // one byte replaced by a byte that is never valid UTF-8
          damaged.write(line, 0, line.length);
          if (line.length > 0) {
            byte[] b = damaged.toByteArray();
            b[Math.min(at, b.length - 1)] = (byte) 0xFF;
            damaged.reset();
            damaged.write(b, 0, b.length);
          }
        }
        case 3 -> { // a column dropped
          String s = row.line();
          int tab = s.indexOf('\t', at % s.length());
          String cut = tab < 0 ? s.substring(0, s.lastIndexOf('\t')) : s.substring(0, tab) + s.substring(
              s.indexOf('\t', tab + 1) < 0 ? s.length() : s.indexOf('\t', tab + 1));
          damaged.writeBytes(cut.getBytes(StandardCharsets.UTF_8));
        }
        default -> {
          damaged.write(line, 0, line.length);
          intact++;
        }
      }
      out.write(damaged.toByteArray());
      out.write('\n');
    }
    byte[] bytes = out.toByteArray();
    RecordingSink sink = read(layout == 0, bytes, threads, blockSize, gzip ? "damaged.CSV.gz" : "damaged.CSV");
    RecordingSink whole = read(layout == 0, bytes, 1, 1 << 20, "whole.CSV");
    RecordingSink byMonth = readByMonth(layout == 0, bytes, threads, blockSize);

    assertThat(sink.valid + sink.rejects.size()).isEqualTo(lines(bytes));
    assertThat(sink.valid).isGreaterThanOrEqualTo(intact);
    assertThat(sink.kept.size()).isLessThanOrEqualTo((int) sink.valid);
    assertThat(sink.outcomes).as("same outcomes whatever the blocks and threads").isEqualTo(whole.outcomes);
    assertThat(sink.rejects).isEqualTo(whole.rejects);
    assertThat(sink.kept).isEqualTo(whole.kept);
    assertThat(sink.months).isEqualTo(whole.months);
    assertThat(byMonth.rejects).as("a sink counting by month hears the same rejects").isEqualTo(whole.rejects);
    assertThat(byMonth.kept).isEqualTo(whole.kept);
    assertThat(byMonth.months).isEqualTo(whole.months);
    assertThat(byMonth.valid).isEqualTo(whole.valid);
  }

  @Property(tries = 500)
  void invalidUtf8_agreesWithTheJdkDecoder(@ForAll @Size(max = 40) byte[] bytes) {
    boolean jdk;
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      jdk = true;
    } catch (CharacterCodingException e) {
      jdk = false;
    }
    assertThat(Bytes.invalidUtf8(bytes, 0, bytes.length) < 0).isEqualTo(jdk);
  }

  @Property(tries = 500)
  void decimal_agreesWithBigDecimal(@ForAll @IntRange(min = -2000, max = 2000) int units,
      @ForAll @IntRange(min = 0, max = 3) int scale, @ForAll @IntRange(min = 1, max = 100) int bound) {
    String text = new java.math.BigDecimal(java.math.BigInteger.valueOf(units), scale).toPlainString();
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    boolean within = new java.math.BigDecimal(text).abs().compareTo(java.math.BigDecimal.valueOf(bound)) <= 0;

    assertThat(Bytes.decimal(b, 0, b.length, bound, false)).isEqualTo(within ? Bytes.WITHIN : Bytes.BEYOND);
  }
}
