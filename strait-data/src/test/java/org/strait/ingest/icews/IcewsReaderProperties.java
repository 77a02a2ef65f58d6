package org.strait.ingest.icews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import net.jqwik.api.constraints.Size;
import org.strait.core.Country;
import org.strait.ingest.IngestException;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.ReaderRegistry;
import org.strait.ingest.quad.FuzzFiles;
import org.strait.ingest.quad.RecordingSink;
import org.strait.ingest.quad.TestActors;

class IcewsReaderProperties {
  private static final ReadOptions OPTIONS =
      new ReadOptions("fuzz", Set.of(Country.JPN, Country.KOR), new TestActors(), null, 0);
  private static final byte[] HEADER =
      (String.join("\t", IcewsReader.HEADER) + "\n").getBytes(StandardCharsets.UTF_8);

  @Provide
  Arbitrary<byte[]> bodies() {
    Arbitrary<String> name = FuzzFiles.mostly(Arbitraries.of("Japan", "South Korea", "Government (Japan)",
        "Shinzo Abe", "United Nations"));
    Arbitrary<String> country = FuzzFiles.mostly(Arbitraries.of("Japan", "South Korea", "Russian Federation", ""));
    Arbitrary<String> code = FuzzFiles.mostly(Arbitraries.of("040", "111", "0874", "190", "01", "099"));
    Arbitrary<String> intensity = FuzzFiles.mostly(Arbitraries.doubles().between(-10, 10).map(String::valueOf));
    Arbitrary<String> date = FuzzFiles.mostly(Arbitraries.integers().between(0, 9000)
        .map(d -> LocalDate.of(1995, 1, 1).plusDays(d).toString()));
    Arbitrary<String> id = FuzzFiles.mostly(Arbitraries.longs().between(0, 99_999_999).map(String::valueOf));
    Arbitrary<String> source = Combinators.combine(id, date, name, country, code, intensity)
        .as((i, d, n, c, k, x) -> String.join("\t", i, d, n, "", c, "Consult", k, x));
    Arbitrary<String> row = Combinators.combine(source, name, country)
        .as((s, n, c) -> String.join("\t", s, n, "Government", c, "1", "2", "Wire", "", "", "", "", "", ""));
    return FuzzFiles.files(row);
  }

  @Property(tries = 300)
  void read_damagedBodyAfterHeader_accountsForEveryLineWithoutThrowing(@ForAll("bodies") byte[] body)
      throws IOException {
    Path file = Files.createTempFile("icews", ".tab");
    try {
      byte[] content = new byte[HEADER.length + body.length];
      System.arraycopy(HEADER, 0, content, 0, HEADER.length);
      System.arraycopy(body, 0, content, HEADER.length, body.length);
      Files.write(file, content);
      RecordingSink sink = new RecordingSink();
      new IcewsReader().read(new InputFile(file), OPTIONS, sink);

      assertThat(new IcewsReader().detect(ReaderRegistry.sample(file))).isTrue();
      Statistics.label("kept").collect(!sink.kept().isEmpty());
      Statistics.label("rejected").collect(!sink.rejects().isEmpty());
      Statistics.label("kept").coverage(c -> c.check(true).percentage(p -> p > 10));
      Statistics.label("rejected").coverage(c -> c.check(true).percentage(p -> p > 30));
      assertThat(sink.valid() + sink.rejects().size()).isEqualTo(FuzzFiles.lines(content) - 1);
      assertThat(sink.rejects()).extracting(RecordingSink.Reject::line).doesNotHaveDuplicates()
          .allMatch(line -> line >= 2);
    } finally {
      Files.delete(file);
    }
  }

  @Property(tries = 200)
  void read_randomBytes_failsOnlyForTheMissingHeader(@ForAll @Size(max = 3000) byte[] content) throws IOException {
    Path file = Files.createTempFile("icews", ".tab");
    try {
      Files.write(file, content);
      boolean detected = new IcewsReader().detect(ReaderRegistry.sample(file));

      assertThat(detected).isFalse();
      assertThatThrownBy(() -> new IcewsReader().read(new InputFile(file), OPTIONS, new RecordingSink()))
          .isInstanceOf(IngestException.class).hasMessageContaining("header");
    } finally {
      Files.delete(file);
    }
  }
}
