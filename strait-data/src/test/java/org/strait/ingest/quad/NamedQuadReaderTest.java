package org.strait.ingest.quad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.core.Event;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.ReaderRegistry;

class NamedQuadReaderTest {
  private static final ReadOptions OPTIONS =
      new ReadOptions("test", Set.of(Country.JPN, Country.KOR), new TestActors(), null, 0);

  @TempDir Path dir;

  private RecordingSink read(byte[] content) throws IOException {
    Path file = dir.resolve("quads.txt");
    Files.write(file, content);
    RecordingSink sink = new RecordingSink();
    new NamedQuadReader().read(new InputFile(file), OPTIONS, sink);
    return sink;
  }

  @Test
  void read_validRows_keepsThoseBetweenFilteredCountries() throws IOException {
    RecordingSink sink = read(String.join("\n",
        "Japan\tConsult\tSouth Korea\t2014-03-02",
        "Government (South Korea)\tCriticize or denounce\tJapan\t2014-03-05",
        "China\tMake statement\tJapan\t2014-04-01",
        "Tony Blair\tConsult\tJapan\t2014-04-02").getBytes(StandardCharsets.UTF_8));

    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.valid()).isEqualTo(4);
    assertThat(sink.validByMonth()).containsEntry(YearMonth.of(2014, 3), 2L).containsEntry(YearMonth.of(2014, 4), 2L);
    assertThat(sink.kept()).hasSize(2);
    Event first = sink.kept().get(0).event();
    assertThat(first.date()).isEqualTo(LocalDate.of(2014, 3, 2));
    assertThat(first.actor1().name()).isEqualTo("Japan");
    assertThat(first.actor2().country()).isEqualTo(Country.KOR);
    assertThat(first.cameo().code()).isEqualTo("040");
    assertThat(first.goldstein()).isEqualTo(1.0);
    Event second = sink.kept().get(1).event();
    assertThat(second.actor1().sector()).isEqualTo("Government");
    assertThat(second.cameo().code()).isEqualTo("111");
    assertThat(second.goldstein()).isEqualTo(-2.0);
    assertThat(sink.kept().get(1).line()).isEqualTo(2);
  }

  @Test
  void read_badRows_rejectsEachWithReasonAndLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(String.join("\n",
        "Japan\tConsult\tSouth Korea\t2014-02-30",
        "Japan\tConsult\tSouth Korea",
        "Japan\tFrobnicate\tSouth Korea\t2014-02-03",
        "\tConsult\tSouth Korea\t2014-02-03",
        "",
        "Japan\tConsult\tSouth Korea\t2014-02-03\r",
        "Jap").getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28});
    bytes.write("an\tConsult\tChina\t2014-02-03\n".getBytes(StandardCharsets.UTF_8));

    RecordingSink sink = read(bytes.toByteArray());

    assertThat(sink.rejects()).extracting(RecordingSink.Reject::line, RecordingSink.Reject::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "bad-date"),
            org.assertj.core.groups.Tuple.tuple(2L, "column-count"),
            org.assertj.core.groups.Tuple.tuple(3L, "unmatched-relation"),
            org.assertj.core.groups.Tuple.tuple(4L, "missing-actor"),
            org.assertj.core.groups.Tuple.tuple(5L, "column-count"),
            org.assertj.core.groups.Tuple.tuple(7L, "bad-utf8"));
    assertThat(sink.rejects().get(0).detail()).contains("2014-02-30");
    assertThat(sink.rejects().get(2).detail()).contains("'Frobnicate'");
    assertThat(sink.rejects().get(5).detail()).contains("0xC3");
    assertThat(sink.valid()).isEqualTo(1);
    assertThat(sink.kept()).singleElement().extracting(RecordingSink.Kept::line).isEqualTo(6L);
  }

  @Test
  void detect_namedRows_yesAndCompanionOrProseFiles_no() throws IOException {
    NamedQuadReader reader = new NamedQuadReader();
    assertThat(reader.detect(sample("a.txt", "Japan\tConsult\tSouth Korea\t2014-03-02",
        "China\tMake statement\tJapan\t2014-04-01"))).isTrue();
    assertThat(reader.detect(sample("entity2id.txt", "Japan\t0", "China\t1"))).isFalse();
    assertThat(reader.detect(sample("stat.txt", "10488\t251\t0"))).isFalse();
    assertThat(reader.detect(sample("README.md", "# Temporal Knowledge Graphs", "", "Facts are enriched"))).isFalse();
    assertThat(reader.detect(sample("ids.txt", "0\t1\t2\t24\t-1"))).isFalse();
    assertThat(reader.detect(sample("empty.txt"))).isFalse();
  }

  private org.strait.ingest.FileSample sample(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return ReaderRegistry.sample(file);
  }
}
