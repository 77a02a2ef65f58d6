package org.strait.ingest.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strait.core.Country;
import org.strait.core.Event;
import org.strait.core.QuadClass;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;

class GdeltEventReaderTest {
  @TempDir
  Path dir;

  private static List<String> threeRows(GdeltRowSupplier rows) {
    return List.of(
        rows.get().line(),
        rows.get().set("GLOBALEVENTID", "410412348").date("20150301").actor(1, "USA", "UNITED STATES", "USA", "")
            .actor(2, "FRA", "FRANCE", "FRA", "").event("190", 4, "-10").line(),
        rows.get().set("GLOBALEVENTID", "410412349").actor(1, "", "", "", "").line());
  }

  /** Supplies fresh rows of one layout. */
  interface GdeltRowSupplier {
    GdeltRow get();
  }

  @ParameterizedTest
  @ValueSource(strings = {"export.CSV", "export.CSV.zip", "export.CSV.gz"})
  void read_v2ExportPlainOrCompressed_countsKeepsAndDecodes(String name) throws IOException {
    Path file = GdeltFiles.write(dir, name, GdeltFiles.lines(threeRows(GdeltRow::v2)));
    RecordingSink sink = GdeltFiles.read(GdeltEventReader.gdelt2(), file);

    assertThat(sink.rejects).isEmpty();
    assertThat(sink.valid).isEqualTo(3);
    assertThat(sink.months).isEqualTo(Map.of(YearMonth.of(2015, 2), 2L, YearMonth.of(2015, 3), 1L));
    assertThat(sink.kept).hasSize(1);
    assertThat(sink.kept.get(0).line()).isEqualTo(1);
    Event e = sink.kept.get(0).event();
    assertThat(e.source()).isEqualTo("gdelt2");
    assertThat(e.sourceEventId()).isEqualTo("410412347");
    assertThat(e.date()).isEqualTo(LocalDate.of(2015, 2, 18));
    assertThat(e.actor1().name()).isEqualTo("JAPAN");
    assertThat(e.actor1().country()).isEqualTo(Country.JPN);
    assertThat(e.actor1().sector()).isEqualTo("GOV");
    assertThat(e.actor2().name()).isEqualTo("SOUTH KOREA");
    assertThat(e.actor2().country()).isEqualTo(Country.KOR);
    assertThat(e.actor2().sector()).isNull();
    assertThat(e.cameo().code()).isEqualTo("036");
    assertThat(e.quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
    assertThat(e.goldstein()).isEqualTo(4.0);
    assertThat(e.mentions()).isEqualTo(6);
    assertThat(e.sources()).isEqualTo(2);
    assertThat(e.articles()).isEqualTo(5);
    assertThat(e.tone()).isEqualTo(-1.25);
  }

  @ParameterizedTest
  @ValueSource(strings = {"20150218.export.CSV", "20150218.export.CSV.zip", "19990101.zip"})
  void read_v1DailyAndBackFiles_keepTheSameEvent(String name) throws IOException {
    boolean historical = name.startsWith("1999");
    GdeltRowSupplier rows = historical ? GdeltRow::v1Historical : GdeltRow::v1Daily;
    Path file = GdeltFiles.write(dir, name, GdeltFiles.lines(threeRows(rows)));
    RecordingSink sink = GdeltFiles.read(GdeltEventReader.gdelt1(), file);

    assertThat(rows.get().columns()).isEqualTo(historical ? 57 : 58);
    assertThat(sink.rejects).isEmpty();
    assertThat(sink.valid).isEqualTo(3);
    assertThat(sink.kept).extracting(k -> k.event().source(), k -> k.event().sourceEventId(), k -> k.line())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("gdelt1", "410412347", 1L));
  }

  @Test
  void read_v1FileOfOtherLayoutRows_rejectsThemAsColumnCount() throws IOException {
    Path file = GdeltFiles.write(dir, "mixed.CSV", GdeltFiles.lines(List.of(
        GdeltRow.v1Daily().line(), GdeltRow.v1Daily().line(), GdeltRow.v1Historical().line())));
    RecordingSink sink = GdeltFiles.read(GdeltEventReader.gdelt1(), file);

    assertThat(sink.valid).isEqualTo(2);
    assertThat(sink.rejects).containsExactly(new RecordingSink.Reject(3, "column-count",
        "expected 58 tab-separated columns (a GDELT 1.0 daily file), found 57"));
  }

  @Test
  void version1Layout_firstWellFormedRowDecides_elseTheCommonerColumnCount() {
    String daily = GdeltRow.v1Daily().line();
    String historical = GdeltRow.v1Historical().line();
    String brokenDaily = daily.replaceFirst("\t", "x"); // 57 columns, but not a back-file row

    assertThat(GdeltEventReader.version1Layout(List.of(brokenDaily, brokenDaily, daily)))
        .isEqualTo(GdeltLayout.V1_DAILY);
    assertThat(GdeltEventReader.version1Layout(List.of("junk", historical, daily, daily)))
        .isEqualTo(GdeltLayout.V1_HISTORICAL);
    assertThat(GdeltEventReader.version1Layout(List.of(brokenDaily, brokenDaily, "a\tb")))
        .isEqualTo(GdeltLayout.V1_HISTORICAL);
    assertThat(GdeltEventReader.version1Layout(List.of())).isEqualTo(GdeltLayout.V1_DAILY);
  }

  @Test
  void read_countryFilter_keepsOnlyPairsInsideTheConfiguredSet() throws IOException {
    Path file = GdeltFiles.write(dir, "export.CSV", GdeltFiles.lines(List.of(
        GdeltRow.v2().line(),
        GdeltRow.v2().actor(2, "CHN", "CHINA", "CHN", "").line(),
        GdeltRow.v2().actor(1, "JPN", "JAPAN", "JPN", "").actor(2, "JPN", "TOKYO", "JPN", "").line())));
    ReadOptions onlyJapanAndChina = new ReadOptions("gdelt2", Set.of(Country.JPN, Country.CHN),
        (n, d) -> Optional.empty(), null, 0);
    RecordingSink sink = new RecordingSink();
    GdeltEventReader.gdelt2().read(new InputFile(file), onlyJapanAndChina, sink);
    sink.finish();

    assertThat(sink.valid).isEqualTo(3);
    assertThat(sink.kept).extracting(RecordingSink.Kept::line).containsExactly(2L, 3L);
  }

  @Test
  void read_blankActorName_usesTheActorCode() throws IOException {
    Path file = GdeltFiles.write(dir, "export.CSV", GdeltFiles.lines(List.of(
        GdeltRow.v2().actor(2, "KORGOV", "", "KOR", "GOV").line())));
    RecordingSink sink = GdeltFiles.read(GdeltEventReader.gdelt2(), file);

    assertThat(sink.kept.get(0).event().actor2().name()).isEqualTo("KORGOV");
    assertThat(sink.kept.get(0).event().actor2().sector()).isEqualTo("GOV");
  }

  @Test
  void read_nonAsciiNameAndExponentTone_keepsTheDecodedValues() throws IOException {
    Path file = GdeltFiles.write(dir, "export.CSV", GdeltFiles.lines(List.of(
        GdeltRow.v2().set("Actor1Name", "東京 TOKYO").set("AvgTone", "1.4210854715202e-14").line())));
    RecordingSink sink = GdeltFiles.read(GdeltEventReader.gdelt2(), file);

    assertThat(sink.rejects).isEmpty();
    assertThat(sink.kept.get(0).event().actor1().name()).isEqualTo("東京 TOKYO");
    assertThat(sink.kept.get(0).event().tone()).isEqualTo(1.4210854715202e-14);
  }

  @Test
  void read_crlfAndMissingFinalNewline_readsEveryRow() throws IOException {
    String text = GdeltRow.v2().line() + "\r\n" + GdeltRow.v2().set("GLOBALEVENTID", "7").line();
    Path file = GdeltFiles.write(dir, "export.CSV", text.getBytes(StandardCharsets.UTF_8));
    RecordingSink sink = GdeltFiles.read(GdeltEventReader.gdelt2(), file);

    assertThat(sink.rejects).isEmpty();
    assertThat(sink.kept).extracting(k -> k.event().sourceEventId()).containsExactly("410412347", "7");
  }

  @Test
  void read_emptyFile_callsNothing() throws IOException {
    Path file = GdeltFiles.write(dir, "export.CSV", new byte[0]);
    RecordingSink sink = GdeltFiles.read(GdeltEventReader.gdelt2(), file);

    assertThat(sink.outcomes).isEmpty();
    assertThat(sink.valid).isZero();
  }

  @Test
  void read_tinyBlocksOnTwoThreads_matchesOneLargeBlock() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      GdeltRow row = GdeltRow.v2().set("GLOBALEVENTID", Integer.toString(i + 1))
          .date(String.format("2014%02d%02d", i % 12 + 1, i % 28 + 1));
      if (i % 7 == 0) {
        row.set("QuadClass", "2");
      }
      if (i % 5 == 0) {
        row.actor(2, "RUS", "RUSSIA", "RUS", "");
      }
      text.append(i % 11 == 0 ? row.line().substring(0, 40) : row.line()).append('\n');
    }
    Path file = GdeltFiles.write(dir, "export.CSV", text.toString().getBytes(StandardCharsets.UTF_8));

    RecordingSink large = GdeltFiles.read(new GdeltEventReader(true, 1, 1 << 20), file);
    RecordingSink tiny = GdeltFiles.read(new GdeltEventReader(true, 2, 64), file);

    assertThat(tiny.outcomes).isEqualTo(large.outcomes);
    assertThat(tiny.rejects).isEqualTo(large.rejects);
    assertThat(tiny.kept).isEqualTo(large.kept);
    assertThat(tiny.months).isEqualTo(large.months);
    long badRows = java.util.stream.IntStream.range(0, 300).filter(i -> i % 11 == 0 || i % 7 == 0).count();
    assertThat(large.rejects).hasSize((int) badRows);
    assertThat(large.valid).isEqualTo(300 - badRows);
    assertThat(large.kept).hasSize((int) (300 - badRows));
  }
}
