package org.strait.ingest.icews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.core.Event;
import org.strait.core.QuadClass;
import org.strait.ingest.IngestException;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.ReaderRegistry;
import org.strait.ingest.quad.RecordingSink;
import org.strait.ingest.quad.TestActors;

/** Fixtures are synthetic rows written column by column from the Dataverse header; they describe no real event. */
class IcewsReaderTest {
  private static final String HEADER = String.join("\t", IcewsReader.HEADER);
  private static final ReadOptions OPTIONS = new ReadOptions("icews",
      Set.of(Country.JPN, Country.KOR, Country.RUS), new TestActors(), null, 0);

  @TempDir Path dir;

  /** Returns a row: id, date, source name/sectors/country, event text, code, intensity, target name/sectors/country. */
  static String row(String id, String date, String source, String sourceSectors, String sourceCountry, String text,
      String code, String intensity, String target, String targetSectors, String targetCountry) {
    return String.join("\t", id, date, source, sourceSectors, sourceCountry, text, code, intensity, target,
        targetSectors, targetCountry, "1001", "1", "Fixture Wire", "", "", "", "", "", "");
  }

  private RecordingSink read(Path file) throws IOException {
    RecordingSink sink = new RecordingSink();
    new IcewsReader().read(new InputFile(file), OPTIONS, sink);
    return sink;
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void read_validRows_useIntensityAsGoldsteinAndCountryColumns() throws IOException {
    Path file = write("events.2014.tab", List.of(HEADER,
        row("1", "2014-03-02", "Japan", "", "Japan", "Consult", "040", "1.0", "South Korea", "", "South Korea"),
        row("2", "2014-03-03", "Foreign Affairs (South Korea)", "Government,Executive", "South Korea",
            "Criticize or denounce", "111", "-2.0", "Government (Japan)", "Government", "Japan"),
        row("3", "2014-03-04", "Japan", "", "Japan", "Make statement", "010", "0.0", "France", "", "France"),
        row("4", "2014-03-05", "Japan", "", "Japan", "Consult", "040", "1.0", "Russia", "", "Russian Federation")));

    RecordingSink sink = read(file);

    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.valid()).isEqualTo(4);
    assertThat(sink.kept()).extracting(k -> k.event().sourceEventId()).containsExactly("1", "2", "4");
    Event second = sink.kept().get(1).event();
    assertThat(second.date()).isEqualTo(LocalDate.of(2014, 3, 3));
    assertThat(second.actor1().country()).isEqualTo(Country.KOR);
    assertThat(second.actor1().sector()).isEqualTo("Government,Executive");
    assertThat(second.actor2().country()).isEqualTo(Country.JPN);
    assertThat(second.cameo().code()).isEqualTo("111");
    assertThat(second.quadClass()).isEqualTo(QuadClass.VERBAL_CONFLICT);
    assertThat(second.goldstein()).isEqualTo(-2.0);
    assertThat(sink.kept().get(2).event().actor2().country()).isEqualTo(Country.RUS);
    assertThat(sink.kept().get(1).line()).isEqualTo(3);
  }

  @Test
  void read_badRows_rejectsEachWithStableReason() throws IOException {
    Path file = write("bad.tab", List.of(HEADER,
        row("x1", "2014-03-02", "Japan", "", "Japan", "Consult", "040", "1.0", "South Korea", "", "South Korea"),
        row("2", "2014/03/02", "Japan", "", "Japan", "Consult", "040", "1.0", "South Korea", "", "South Korea"),
        row("3", "2014-03-02", "", "", "Japan", "Consult", "040", "1.0", "South Korea", "", "South Korea"),
        row("4", "2014-03-02", "Japan", "", "Japan", "Consult", "40", "1.0", "South Korea", "", "South Korea"),
        row("5", "2014-03-02", "Japan", "", "Japan", "Consult", "099", "1.0", "South Korea", "", "South Korea"),
        row("6", "2014-03-02", "Japan", "", "Japan", "Consult", "040", "11.5", "South Korea", "", "South Korea"),
        row("7", "2014-03-02", "Japan", "", "Japan", "Consult", "040", "one", "South Korea", "", "South Korea"),
        "8\t2014-03-02\tJapan"));

    RecordingSink sink = read(file);

    assertThat(sink.rejects()).extracting(RecordingSink.Reject::reason).containsExactly("bad-id", "bad-date",
        "missing-actor", "bad-code", "unknown-code", "bad-number", "bad-number", "column-count");
    assertThat(sink.rejects()).extracting(RecordingSink.Reject::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(sink.rejects().get(1).detail()).contains("Event Date").contains("2014/03/02");
    assertThat(sink.rejects().get(5).detail()).contains("Intensity").contains("11.5");
    assertThat(sink.valid()).isZero();
  }

  @Test
  void read_gzippedFile_readsTheSameRows() throws IOException {
    List<String> lines = new ArrayList<>(List.of(HEADER,
        row("1", "2014-03-02", "Japan", "", "Japan", "Consult", "040", "1.0", "South Korea", "", "South Korea")));
    Path file = dir.resolve("events.tab.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    RecordingSink sink = read(file);

    assertThat(sink.kept()).hasSize(1);
    assertThat(new IcewsReader().detect(ReaderRegistry.sample(file))).isTrue();
  }

  @Test
  void read_withoutHeader_failsNamingTheHeader() throws IOException {
    Path file = write("noheader.tab", List.of(
        row("1", "2014-03-02", "Japan", "", "Japan", "Consult", "040", "1.0", "South Korea", "", "South Korea")));

    assertThatThrownBy(() -> read(file)).isInstanceOf(IngestException.class)
        .hasMessageContaining("noheader.tab:1").hasMessageContaining("Event ID<TAB>Event Date");
  }

  @Test
  void detect_headerRow_onlyWhenExact() throws IOException {
    IcewsReader reader = new IcewsReader();
    assertThat(reader.detect(ReaderRegistry.sample(write("a.tab", List.of("\uFEFF" + HEADER))))).isTrue();
    assertThat(reader.detect(ReaderRegistry.sample(write("b.tab", List.of("Event ID\tEvent Date"))))).isFalse();
    assertThat(reader.detect(ReaderRegistry.sample(write("c.txt", List.of("Japan\tConsult\tChina\t2014-01-01")))))
        .isFalse();
  }
}
