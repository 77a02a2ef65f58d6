package org.strait.ingest.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.strait.core.Event;
import org.strait.ingest.EventReader;
import org.strait.ingest.quad.SharedData;

/**
 * The real GDELT files of {@code shared/data/gdelt/} through the readers, field by field against a plain parse of the
 * raw text made here (split at LF and TAB, columns by the GDELT codebooks' positions): every row valid, rows per
 * month, and for each kept row its event id, date, both actors' country codes, event and root codes, QuadClass,
 * Goldstein, mentions, sources, articles and tone as the file states them.
 */
class GdeltRealFilesTest {
  /** The followed countries' codes, as GDELT writes them in Actor1CountryCode / Actor2CountryCode. */
  private static final Set<String> SIX = Set.of("JPN", "KOR", "USA", "CHN", "PRK", "RUS");
  // Column positions, the same in 1.0 (58 columns) and 2.0 (61 columns) for the first 35
  private static final int ID = 0;
  private static final int SQLDATE = 1;
  private static final int A1_COUNTRY = 7;
  private static final int A2_COUNTRY = 17;
  private static final int EVENT_CODE = 26;
  private static final int ROOT_CODE = 28;
  private static final int QUAD_CLASS = 29;
  private static final int GOLDSTEIN = 30;
  private static final int MENTIONS = 31;
  private static final int SOURCES = 32;
  private static final int ARTICLES = 33;
  private static final int TONE = 34;

  private static List<String[]> rows(byte[] text, int columns) {
    List<String[]> rows = new ArrayList<>();
    for (String line : new String(text, StandardCharsets.UTF_8).split("\n")) {
      String[] f = line.split("\t", -1);
      assertThat(f).as("a raw row").hasSize(columns);
      rows.add(f);
    }
    return rows;
  }

  private static byte[] unzipOnlyMember(Path zip) throws IOException {
    try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
      ZipEntry entry = z.getNextEntry();
      assertThat(entry.getName()).isEqualTo("20130401.export.CSV");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      z.transferTo(out);
      assertThat(z.getNextEntry()).isNull();
      return out.toByteArray();
    }
  }

  /** Checks the reader's output against the raw rows, field by field; returns the rows per month. */
  private static Map<YearMonth, Long> compare(EventReader reader, Path file, List<String[]> raw) throws IOException {
    RecordingSink sink = GdeltFiles.read(reader, file);
    assertThat(sink.rejects).isEmpty();
    assertThat(sink.valid).isEqualTo(raw.size());
    Map<YearMonth, Long> months = new TreeMap<>();
    List<Long> expectedLines = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String[] f = raw.get(i);
      months.merge(YearMonth.from(date(f[SQLDATE])), 1L, Long::sum);
      if (SIX.contains(f[A1_COUNTRY]) && SIX.contains(f[A2_COUNTRY])) {
        expectedLines.add(i + 1L);
      }
    }
    assertThat(sink.months).isEqualTo(months);
    assertThat(sink.kept).extracting(RecordingSink.Kept::line).containsExactlyElementsOf(expectedLines);
    for (RecordingSink.Kept k : sink.kept) {
      String[] f = raw.get((int) k.line() - 1);
      Event e = k.event();
      String at = file.getFileName() + " line " + k.line();
      assertThat(e.sourceEventId()).as(at).isEqualTo(f[ID]);
      assertThat(e.date()).as(at).isEqualTo(date(f[SQLDATE]));
      assertThat(e.actor1().country().code()).as(at).isEqualTo(f[A1_COUNTRY]);
      assertThat(e.actor2().country().code()).as(at).isEqualTo(f[A2_COUNTRY]);
      assertThat(e.cameo().code()).as(at).isEqualTo(f[EVENT_CODE]);
      assertThat(e.cameo().root()).as(at).isEqualTo(Integer.parseInt(f[ROOT_CODE]));
      assertThat(e.quadClass().number()).as(at).isEqualTo(Integer.parseInt(f[QUAD_CLASS]));
      assertThat(e.goldstein()).as(at).isEqualTo(Double.parseDouble(f[GOLDSTEIN]));
      assertThat(e.mentions()).as(at).isEqualTo(Integer.parseInt(f[MENTIONS]));
      assertThat(e.sources()).as(at).isEqualTo(Integer.parseInt(f[SOURCES]));
      assertThat(e.articles()).as(at).isEqualTo(Integer.parseInt(f[ARTICLES]));
      assertThat(e.tone()).as(at).isEqualTo(Double.parseDouble(f[TONE]));
    }
    return months;
  }

  private static LocalDate date(String sqldate) {
    return LocalDate.parse(sqldate, DateTimeFormatter.BASIC_ISO_DATE);
  }

  private static long dyad(List<String[]> raw, String a, String b) {
    return raw.stream().filter(f -> f[A1_COUNTRY].equals(a) && f[A2_COUNTRY].equals(b)
        || f[A1_COUNTRY].equals(b) && f[A2_COUNTRY].equals(a)).count();
  }

  @Test
  void gdelt1DailyZip_readsEveryRow_fieldByField() throws IOException {
    Path zip = SharedData.data("gdelt").resolve("20130401.export.CSV.zip");
    List<String[]> raw = rows(unzipOnlyMember(zip), 58);

    Map<YearMonth, Long> months = compare(GdeltEventReader.gdelt1(), zip, raw);

    // gdelt/SOURCE.md: 27,758 rows; SQLDATE years 2013 27,379, 2012 369, 2003 10; 10 rows JPN and KOR
    assertThat(raw).hasSize(27_758);
    Map<Integer, Long> years = new TreeMap<>();
    months.forEach((m, n) -> years.merge(m.getYear(), n, Long::sum));
    assertThat(years).isEqualTo(Map.of(2013, 27_379L, 2012, 369L, 2003, 10L));
    assertThat(dyad(raw, "JPN", "KOR")).isEqualTo(10);
  }

  @Test
  void gdelt2Export_readsEveryRow_fieldByField() throws IOException {
    Path file = SharedData.data("gdelt").resolve("20191024143000.export.CSV");
    List<String[]> raw = rows(Files.readAllBytes(file), 61);

    Map<YearMonth, Long> months = compare(GdeltEventReader.gdelt2(), file, raw);

    // gdelt/SOURCE.md: 2,111 rows, ids 881990832 .. 881992942 without a gap, DATEADDED 20191024143000 on every
    // row; SQLDATE months 2019-10 2,067, 2018-10 24, 2019-09 20
    assertThat(raw).hasSize(2_111);
    assertThat(raw).extracting(f -> Long.parseLong(f[ID])).doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).isBetween(881_990_832L, 881_992_942L));
    assertThat(raw).allSatisfy(f -> assertThat(f[59]).isEqualTo("20191024143000"));
    assertThat(months).isEqualTo(Map.of(YearMonth.of(2019, 10), 2_067L, YearMonth.of(2018, 10), 24L,
        YearMonth.of(2019, 9), 20L));
  }
}
