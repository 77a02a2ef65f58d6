package org.strait.ingest.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.ingest.ReaderRegistry;

/** Issue 16, faults 5, 12 and 19 in the GDELT reader: date range, field lengths, byte-order mark. */
class HostileGdeltTest {
  @TempDir Path dir;

  @Test
  void read_byteOrderMark_isDroppedAndTheFirstRowIsValid() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.write(GdeltFiles.lines(List.of(GdeltRow.v2().line(), GdeltRow.v2().line())));
    Path file = GdeltFiles.write(dir, "bom.export.CSV", out.toByteArray());

    assertThat(GdeltEventReader.gdelt2().detect(ReaderRegistry.sample(file))).isTrue();
    RecordingSink sink = GdeltFiles.read(GdeltEventReader.gdelt2(), file);
    assertThat(sink.rejects).isEmpty();
    assertThat(sink.kept).extracting(RecordingSink.Kept::line).containsExactly(1L, 2L);
  }

  @Test
  void read_overlongFields_areRejectedNamingTheFieldAndTheLimit() throws IOException {
    Path file = GdeltFiles.write(dir, "export.CSV", GdeltFiles.lines(List.of(
        GdeltRow.v2().set("Actor1Name", "N".repeat(256)).line(),
        GdeltRow.v2().set("Actor2Code", "KOR".repeat(86)).line(),
        GdeltRow.v2().set("Actor1Type1Code", "GOVT").line(),
        GdeltRow.v2().set("Actor1Name", "N".repeat(255)).set("Actor1Type1Code", "GOV").line())));
    RecordingSink sink = GdeltFiles.read(GdeltEventReader.gdelt2(), file);

    assertThat(sink.rejects).extracting(RecordingSink.Reject::line, RecordingSink.Reject::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1L, "field-too-long"),
        org.assertj.core.groups.Tuple.tuple(2L, "field-too-long"),
        org.assertj.core.groups.Tuple.tuple(3L, "field-too-long"));
    assertThat(sink.rejects.get(0).detail()).startsWith("Actor1Name").contains("256 bytes").contains("255");
    assertThat(sink.rejects.get(1).detail()).startsWith("Actor2Code");
    assertThat(sink.rejects.get(2).detail()).startsWith("Actor1Type1Code").contains("3");
    assertThat(sink.kept).extracting(RecordingSink.Kept::line).containsExactly(4L);
  }

  @Test
  void read_dateAfter2100_isRejected() throws IOException {
    Path file = GdeltFiles.write(dir, "export.CSV", GdeltFiles.lines(List.of(
        GdeltRow.v2().date("25000101").line(), GdeltRow.v2().date("21001231").line())));
    RecordingSink sink = GdeltFiles.read(GdeltEventReader.gdelt2(), file);

    assertThat(sink.rejects).extracting(RecordingSink.Reject::line, RecordingSink.Reject::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "bad-date"));
    assertThat(sink.rejects.get(0).detail()).contains("1900-01-01 to 2100-12-31");
  }
}
