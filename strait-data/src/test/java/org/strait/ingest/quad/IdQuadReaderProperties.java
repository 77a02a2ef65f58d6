package org.strait.ingest.quad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.strait.core.Country;
import org.strait.ingest.IngestException;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.ReaderRegistry;

class IdQuadReaderProperties {
  private static final ReadOptions OPTIONS =
      new ReadOptions("fuzz", Set.of(Country.JPN, Country.KOR), new TestActors(), LocalDate.of(2014, 1, 1), 24);
  private static Path dir;

  @BeforeContainer
  static void tables() throws IOException {
    dir = Files.createTempDirectory("idquads");
    Files.write(dir.resolve("entity2id.txt"), List.of("Japan\t0", "South Korea\t1", "Government (Japan)\t2",
        "Tony Blair\t4"), StandardCharsets.UTF_8);
    Files.write(dir.resolve("relation2id.txt"), List.of("Consult\t0", "Reject\t1", "Frobnicate\t2"),
        StandardCharsets.UTF_8);
  }

  @AfterContainer
  static void clean() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  @Provide
  Arbitrary<byte[]> files() {
    Arbitrary<String> id = FuzzFiles.mostly(Arbitraries.integers().between(0, 5).map(String::valueOf));
    Arbitrary<String> time = FuzzFiles.mostly(Arbitraries.oneOf(
        Arbitraries.longs().between(-1000, 5000).map(String::valueOf), Arbitraries.longs().map(String::valueOf)));
    Arbitrary<String> tail = Arbitraries.of("", "\t-1", "\t-1", "\t0");
    return FuzzFiles.files(Combinators.combine(id, id, id, time, tail)
        .as((s, r, o, t, end) -> s + "\t" + r + "\t" + o + "\t" + t + end));
  }

  @Property(tries = 300)
  void read_damagedFile_accountsForEveryLineWithoutThrowing(@ForAll("files") byte[] content) throws IOException {
    Path file = dir.resolve("data.txt");
    Files.write(file, content);
    RecordingSink sink = new RecordingSink();
    new IdQuadReader().read(new InputFile(file), OPTIONS, sink);
    new IdQuadReader().detect(ReaderRegistry.sample(file));

    Statistics.label("kept").collect(!sink.kept().isEmpty());
    Statistics.label("rejected").collect(!sink.rejects().isEmpty());
    Statistics.label("kept").coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("rejected").coverage(c -> c.check(true).percentage(p -> p > 30));
    assertThat(sink.valid() + sink.rejects().size()).isEqualTo(FuzzFiles.lines(content));
    assertThat(sink.rejects()).extracting(RecordingSink.Reject::line).doesNotHaveDuplicates();
    assertThat(sink.kept()).allMatch(k -> OPTIONS.keeps(k.event().actor1().country(),
        k.event().actor2().country()));
  }

  @Provide
  Arbitrary<byte[]> idTables() {
    Arbitrary<String> name = FuzzFiles.mostly(Arbitraries.of("Japan", "South Korea", "Consult", "Reject"));
    Arbitrary<String> id = FuzzFiles.mostly(Arbitraries.integers().between(0, 6).map(String::valueOf));
    return FuzzFiles.files(Combinators.combine(name, id).as((n, i) -> n + "\t" + i));
  }

  @Property(tries = 200)
  void read_damagedIdTable_failsWithIngestExceptionOrReads(@ForAll("idTables") byte[] table,
      @ForAll boolean entities) throws IOException {
    Path folder = Files.createTempDirectory("idtables");
    try {
      Files.write(folder.resolve("entity2id.txt"), entities ? table
          : "Japan\t0\nSouth Korea\t1\n".getBytes(StandardCharsets.UTF_8));
      Files.write(folder.resolve("relation2id.txt"), entities ? "Consult\t0\n".getBytes(StandardCharsets.UTF_8)
          : table);
      Path file = Files.write(folder.resolve("data.txt"), "0\t0\t1\t0\t-1\n1\t1\t0\t24\t-1\n"
          .getBytes(StandardCharsets.UTF_8));
      RecordingSink sink = new RecordingSink();
      try {
        new IdQuadReader().read(new InputFile(file), OPTIONS, sink);
        assertThat(sink.valid() + sink.rejects().size()).isEqualTo(2);
      } catch (IngestException e) {
        assertThat(e.getMessage()).contains(entities ? "entity2id.txt" : "relation2id.txt");
      }
    } finally {
      try (var files = Files.list(folder)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(folder);
    }
  }
}
