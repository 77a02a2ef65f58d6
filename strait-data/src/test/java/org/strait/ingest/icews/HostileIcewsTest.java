package org.strait.ingest.icews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.quad.RecordingSink;
import org.strait.ingest.quad.TestActors;

/** Issue 16, fault 5: the ICEWS reader rejects dates outside the range every reader accepts. */
class HostileIcewsTest {
  @TempDir Path dir;

  @Test
  void read_farFutureDate_isRejectedAsOutsideTheRange() throws IOException {
    Path file = dir.resolve("events.tab");
    Files.write(file, List.of(String.join("\t", IcewsReader.HEADER),
        IcewsReaderTest.row("1", "2014-03-02", "Japan", "", "Japan", "Consult", "040", "1.0", "South Korea", "",
            "South Korea"),
        IcewsReaderTest.row("2", "9999-12-31", "Japan", "", "Japan", "Consult", "040", "1.0", "South Korea", "",
            "South Korea")), StandardCharsets.UTF_8);
    RecordingSink sink = new RecordingSink();
    new IcewsReader().read(new InputFile(file),
        new ReadOptions("icews", Set.of(Country.JPN, Country.KOR), new TestActors(), null, 0), sink);

    assertThat(sink.valid()).isEqualTo(1);
    assertThat(sink.rejects()).extracting(RecordingSink.Reject::line, RecordingSink.Reject::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "bad-date"));
    assertThat(sink.rejects().get(0).detail()).contains("1900-01-01 to 2100-12-31");
  }
}
