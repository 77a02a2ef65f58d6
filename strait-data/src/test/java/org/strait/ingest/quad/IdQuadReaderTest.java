package org.strait.ingest.quad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.ingest.IngestException;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.ReaderRegistry;

class IdQuadReaderTest {
  private static final Set<Country> JPN_KOR = Set.of(Country.JPN, Country.KOR);
  private static final ReadOptions HOURS_FROM_2014 =
      new ReadOptions("test", JPN_KOR, new TestActors(), LocalDate.of(2014, 1, 1), 1);

  @TempDir Path dir;

  @BeforeEach
  void tables() throws IOException {
    Files.write(dir.resolve("entity2id.txt"),
        List.of("Japan\t0", "South Korea\t1", "Government (Japan)\t2", "Tony Blair\t3"), StandardCharsets.UTF_8);
    Files.write(dir.resolve("relation2id.txt"),
        List.of("Consult\t0", "Criticize or denounce\t1", "Frobnicate\t2"), StandardCharsets.UTF_8);
  }

  private RecordingSink read(ReadOptions options, String... lines) throws IOException {
    Path file = dir.resolve("train.txt");
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    RecordingSink sink = new RecordingSink();
    new IdQuadReader().read(new InputFile(file), options, sink);
    return sink;
  }

  @Test
  void read_validRows_dateIsOriginPlusStepsAndNamesComeFromTheTables() throws IOException {
    RecordingSink sink = read(HOURS_FROM_2014, "0\t0\t1\t0\t-1", "1\t1\t2\t24\t-1", "3\t0\t0\t8736", "0\t1\t1\t8735");

    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.valid()).isEqualTo(4);
    assertThat(sink.kept()).extracting(k -> k.event().date(), k -> k.event().actor1().name(),
        k -> k.event().cameo().code())
        .containsExactly(Tuple.tuple(LocalDate.of(2014, 1, 1), "Japan", "040"),
            Tuple.tuple(LocalDate.of(2014, 1, 2), "South Korea", "111"),
            Tuple.tuple(LocalDate.of(2014, 12, 30), "Japan", "111"));
    assertThat(sink.kept().get(1).event().actor2().sector()).isEqualTo("Government");
  }

  @Test
  void read_dailySteps_multiplyTheTimeColumn() throws IOException {
    ReadOptions daily = new ReadOptions("test", JPN_KOR, new TestActors(), LocalDate.of(2005, 1, 1), 24);

    RecordingSink sink = read(daily, "0\t0\t1\t365");

    assertThat(sink.kept()).singleElement().extracting(k -> k.event().date()).isEqualTo(LocalDate.of(2006, 1, 1));
  }

  @Test
  void read_badRows_rejectsEachWithReason() throws IOException {
    RecordingSink sink = read(HOURS_FROM_2014,
        "0\t0\t9\t0\t-1", "0\t7\t1\t0", "0\t2\t1\t0", "x\t0\t1\t0", "0\t0\t1\tnoon", "0\t0\t1", "0\t0\t1\t0\t5",
        "0\t0\t1\t99999999999", "-1\t0\t1\t0");

    assertThat(sink.rejects()).extracting(RecordingSink.Reject::reason).containsExactly(
        "unknown-entity", "unknown-relation", "unmatched-relation", "bad-id", "bad-time", "column-count",
        "bad-marker", "bad-time", "bad-id");
    assertThat(sink.rejects().get(2).detail()).contains("'Frobnicate'");
    assertThat(sink.rejects().get(0).detail()).contains("9").contains("entity2id.txt");
    assertThat(sink.valid()).isZero();
  }

  @Test
  void read_withoutOrigin_failsNamingTheOption() {
    ReadOptions noOrigin = new ReadOptions("test", JPN_KOR, new TestActors(), null, 1);

    assertThatThrownBy(() -> read(noOrigin, "0\t0\t1\t0")).isInstanceOf(IngestException.class)
        .hasMessageContaining("--origin");
  }

  @Test
  void read_withoutStep_failsNamingTheOption() {
    ReadOptions noStep = new ReadOptions("test", JPN_KOR, new TestActors(), LocalDate.of(2014, 1, 1), 0);

    assertThatThrownBy(() -> read(noStep, "0\t0\t1\t0")).isInstanceOf(IngestException.class)
        .hasMessageContaining("--step-hours");
  }

  @Test
  void read_withoutEntityTable_failsNamingIt() throws IOException {
    Files.delete(dir.resolve("entity2id.txt"));

    assertThatThrownBy(() -> read(HOURS_FROM_2014, "0\t0\t1\t0")).isInstanceOf(IngestException.class)
        .hasMessageContaining("entity2id.txt");
  }

  @Test
  void read_duplicateIdInTable_failsNamingTableAndLine() throws IOException {
    Files.write(dir.resolve("relation2id.txt"), List.of("Consult\t0", "Reject\t0"), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> read(HOURS_FROM_2014, "0\t0\t1\t0")).isInstanceOf(IngestException.class)
        .hasMessageContaining("relation2id.txt:2");
  }

  @Test
  void detect_idRows_yesAndCompanionFiles_no() throws IOException {
    IdQuadReader reader = new IdQuadReader();
    Files.write(dir.resolve("stat.txt"), List.of("10488\t251\t0"));
    Files.write(dir.resolve("test.txt"), List.of("0\t0\t1\t0\t-1", "1\t1\t0\t24\t-1"));

    assertThat(reader.detect(ReaderRegistry.sample(dir.resolve("test.txt")))).isTrue();
    assertThat(reader.detect(ReaderRegistry.sample(dir.resolve("entity2id.txt")))).isFalse();
    assertThat(reader.detect(ReaderRegistry.sample(dir.resolve("relation2id.txt")))).isFalse();
    assertThat(reader.detect(ReaderRegistry.sample(dir.resolve("stat.txt")))).isFalse();
  }
}
