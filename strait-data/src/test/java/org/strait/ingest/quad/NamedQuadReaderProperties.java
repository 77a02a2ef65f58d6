package org.strait.ingest.quad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.strait.core.Country;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.ReaderRegistry;
import org.strait.ingest.cameo.CameoTable;

class NamedQuadReaderProperties {
  private static final ReadOptions OPTIONS =
      new ReadOptions("fuzz", Set.of(Country.JPN, Country.KOR, Country.CHN), new TestActors(), null, 0);

  @Provide
  Arbitrary<byte[]> files() {
    Arbitrary<String> actor = FuzzFiles.mostly(Arbitraries.of("Japan", "South Korea", "China",
        "Government (Japan)", "Citizen (South Korea)", "Tony Blair"));
    Arbitrary<String> relation = FuzzFiles.mostly(Arbitraries.of(CameoTable.standard().labels()));
    Arbitrary<String> date = FuzzFiles.mostly(Arbitraries.integers().between(0, 4000)
        .map(d -> LocalDate.of(2005, 1, 1).plusDays(d).toString()));
    return FuzzFiles.files(Combinators.combine(actor, relation, actor, date)
        .as((s, r, o, d) -> s + "\t" + r + "\t" + o + "\t" + d));
  }

  @Property(tries = 300)
  void read_damagedFile_accountsForEveryLineWithoutThrowing(@ForAll("files") byte[] content) throws IOException {
    Path file = Files.createTempFile("named", ".txt");
    try {
      Files.write(file, content);
      RecordingSink sink = new RecordingSink();
      new NamedQuadReader().read(new InputFile(file), OPTIONS, sink);
      new NamedQuadReader().detect(ReaderRegistry.sample(file));

      Statistics.label("kept").collect(!sink.kept().isEmpty());
      Statistics.label("rejected").collect(!sink.rejects().isEmpty());
      Statistics.label("kept").coverage(c -> c.check(true).percentage(p -> p > 10));
      Statistics.label("rejected").coverage(c -> c.check(true).percentage(p -> p > 30));
      assertThat(sink.valid() + sink.rejects().size()).isEqualTo(FuzzFiles.lines(content));
      assertThat(sink.rejects()).extracting(RecordingSink.Reject::line).doesNotHaveDuplicates()
          .allMatch(line -> line >= 1 && line <= FuzzFiles.lines(content));
      assertThat(sink.kept()).allMatch(k -> OPTIONS.keeps(k.event().actor1().country(),
          k.event().actor2().country()));
    } finally {
      Files.delete(file);
    }
  }
}
