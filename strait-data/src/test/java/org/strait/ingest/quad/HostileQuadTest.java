package org.strait.ingest.quad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;

/** Issue 16, fault 5 and the reason codes: far-future dates are rejected, and bad UTF-8 has one reason code. */
class HostileQuadTest {
  private static final ReadOptions NAMED =
      new ReadOptions("test", Set.of(Country.JPN, Country.KOR), new TestActors(), null, 0);

  @TempDir Path dir;

  @Test
  void namedRead_farFutureAndAncientDates_areRejectedAsOutsideTheRange() throws IOException {
    Path file = dir.resolve("quads.txt");
    Files.write(file, List.of("Japan\tConsult\tSouth Korea\t2014-03-02", "Japan\tConsult\tSouth Korea\t9999-12-31",
        "Japan\tConsult\tSouth Korea\t0001-01-01"), StandardCharsets.UTF_8);
    RecordingSink sink = new RecordingSink();
    new NamedQuadReader().read(new InputFile(file), NAMED, sink);

    assertThat(sink.valid()).isEqualTo(1);
    assertThat(sink.rejects()).extracting(RecordingSink.Reject::line, RecordingSink.Reject::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "bad-date"),
            org.assertj.core.groups.Tuple.tuple(3L, "bad-date"));
    assertThat(sink.rejects().get(0).detail()).contains("9999-12-31").contains("1900-01-01 to 2100-12-31");
  }

  @Test
  void idRead_timeFarInTheFuture_isRejectedAsOutsideTheRange() throws IOException {
    Files.write(dir.resolve("entity2id.txt"), List.of("Japan\t0", "South Korea\t1"), StandardCharsets.UTF_8);
    Files.write(dir.resolve("relation2id.txt"), List.of("Consult\t0"), StandardCharsets.UTF_8);
    Path file = dir.resolve("train.txt");
    Files.write(file, List.of("0\t0\t1\t0", "0\t0\t1\t70000000"), StandardCharsets.UTF_8);
    RecordingSink sink = new RecordingSink();
    new IdQuadReader().read(new InputFile(file),
        new ReadOptions("test", Set.of(Country.JPN, Country.KOR), new TestActors(), LocalDate.of(2014, 1, 1), 1),
        sink);

    assertThat(sink.valid()).isEqualTo(1);
    assertThat(sink.rejects()).extracting(RecordingSink.Reject::reason).containsExactly("bad-time");
    assertThat(sink.rejects().get(0).detail()).contains("1900-01-01 to 2100-12-31");
  }

  @Test
  void namedRead_invalidUtf8_hasTheSameReasonCodeAsGdelt() throws IOException {
    Path file = dir.resolve("quads.txt");
    byte[] row = "Japan\tConsult\tSouth Korea\t2014-03-02\n".getBytes(StandardCharsets.US_ASCII);
    row[2] = (byte) 0xC3;
    Files.write(file, row);
    RecordingSink sink = new RecordingSink();
    new NamedQuadReader().read(new InputFile(file), NAMED, sink);

    assertThat(sink.rejects()).extracting(RecordingSink.Reject::reason).containsExactly("bad-utf8");
  }
}
