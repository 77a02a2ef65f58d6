package org.strait.ingest.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One bad field per row, and the reason code and detail each one gets; the good row around them stays valid. */
class GdeltRejectionTest {
  @TempDir
  Path dir;

  static Stream<Arguments> badFields() {
    return Stream.of(
        bad("bad-event-id", "GLOBALEVENTID 'A12'", r -> r.set("GLOBALEVENTID", "A12")),
        bad("bad-event-id", "GLOBALEVENTID ''", r -> r.set("GLOBALEVENTID", "")),
        bad("bad-date", "SQLDATE '20150231'", r -> r.date("20150231")),
        bad("bad-date", "SQLDATE '20141301'", r -> r.date("20141301")),
        bad("bad-date", "SQLDATE '2015021'", r -> r.set("SQLDATE", "2015021")),
        bad("bad-date", "SQLDATE '18991231'", r -> r.date("18991231")),
        bad("bad-date", "SQLDATE '2015-2-1'", r -> r.set("SQLDATE", "2015-2-1")),
        bad("bad-date", "MonthYear '201503'", r -> r.set("MonthYear", "201503")),
        bad("bad-date", "Year '2014'", r -> r.set("Year", "2014")),
        bad("bad-country", "Actor1CountryCode 'jpn'", r -> r.set("Actor1CountryCode", "jpn")),
        bad("bad-country", "Actor2CountryCode 'KO'", r -> r.set("Actor2CountryCode", "KO")),
        bad("bad-actor", "Actor2CountryCode 'KOR'", r -> r.set("Actor2Code", "").set("Actor2Name", " ")),
        bad("bad-cameo", "EventCode '21'", r -> r.event("21", 4, "-10")),
        bad("bad-cameo", "EventCode '00'", r -> r.event("00", 1, "0")),
        bad("bad-cameo", "EventCode '03a'", r -> r.set("EventCode", "03a")),
        bad("bad-cameo", "EventCode '03611'", r -> r.set("EventCode", "03611")),
        bad("bad-cameo", "EventBaseCode '037'", r -> r.set("EventBaseCode", "037")),
        bad("bad-cameo", "EventRootCode '04'", r -> r.set("EventRootCode", "04")),
        bad("bad-quad-class", "QuadClass '5'", r -> r.set("QuadClass", "5")),
        bad("bad-quad-class", "QuadClass ''", r -> r.set("QuadClass", "")),
        bad("quad-class-mismatch", "QuadClass '3'", r -> r.set("QuadClass", "3")),
        bad("bad-goldstein", "GoldsteinScale 'x'", r -> r.set("GoldsteinScale", "x")),
        bad("bad-goldstein", "GoldsteinScale '4.'", r -> r.set("GoldsteinScale", "4.")),
        bad("bad-goldstein", "GoldsteinScale '1e1'", r -> r.set("GoldsteinScale", "1e1")),
        bad("goldstein-range", "GoldsteinScale '10.5'", r -> r.set("GoldsteinScale", "10.5")),
        bad("goldstein-range", "GoldsteinScale '-11'", r -> r.set("GoldsteinScale", "-11")),
        bad("bad-count", "NumMentions '-1'", r -> r.set("NumMentions", "-1")),
        bad("bad-count", "NumSources ''", r -> r.set("NumSources", "")),
        bad("bad-count", "NumArticles '2147483648'", r -> r.set("NumArticles", "2147483648")),
        bad("bad-tone", "AvgTone 'NaN'", r -> r.set("AvgTone", "NaN")),
        bad("bad-tone", "AvgTone '100.01'", r -> r.set("AvgTone", "100.01")),
        bad("bad-tone", "AvgTone '-2e3'", r -> r.set("AvgTone", "-2e3")));
  }

  private static Arguments bad(String reason, String detailStart, UnaryOperator<GdeltRow> change) {
    return Arguments.of(reason, detailStart, change);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("badFields")
  void read_oneBadField_rejectsThatRowNamingFieldAndValue(String reason, String detailStart,
      UnaryOperator<GdeltRow> change) throws IOException {
    Path file = GdeltFiles.write(dir, "export.CSV", GdeltFiles.lines(List.of(
        GdeltRow.v2().line(), change.apply(GdeltRow.v2()).line(), GdeltRow.v2().line())));
    RecordingSink sink = GdeltFiles.read(GdeltEventReader.gdelt2(), file);

    assertThat(sink.outcomes).containsExactly(
        java.util.Map.entry(1L, "valid"), java.util.Map.entry(2L, reason), java.util.Map.entry(3L, "valid"));
    assertThat(sink.rejects.get(0).detail()).startsWith(detailStart);
    assertThat(sink.kept).extracting(RecordingSink.Kept::line).containsExactly(1L, 3L);
  }

  @Test
  void read_boundaryValues_areValid() throws IOException {
    Path file = GdeltFiles.write(dir, "export.CSV", GdeltFiles.lines(List.of(
        GdeltRow.v2().set("GoldsteinScale", "-10").set("AvgTone", "100").line(),
        GdeltRow.v2().set("GoldsteinScale", "10.0").set("AvgTone", "-100.000").line(),
        GdeltRow.v2().date("20160229").set("NumArticles", "2147483647").line(),
        GdeltRow.v2().event("0874", 2, "10").line())));
    RecordingSink sink = GdeltFiles.read(GdeltEventReader.gdelt2(), file);

    assertThat(sink.rejects).isEmpty();
    assertThat(sink.kept).extracting(k -> k.event().goldstein()).containsExactly(-10.0, 10.0, 4.0, 10.0);
    assertThat(sink.kept.get(2).event().articles()).isEqualTo(Integer.MAX_VALUE);
    assertThat(sink.kept.get(3).event().cameo().root()).isEqualTo(8);
  }

  @Test
  void read_wrongColumnCount_rejectsWithExpectedAndFound() throws IOException {
    String row = GdeltRow.v2().line();
    Path file = GdeltFiles.write(dir, "export.CSV", GdeltFiles.lines(List.of(
        row, row + "\textra", row.substring(0, row.lastIndexOf('\t')), "")));
    RecordingSink sink = GdeltFiles.read(GdeltEventReader.gdelt2(), file);

    assertThat(sink.rejects).containsExactly(
        new RecordingSink.Reject(2, "column-count", "expected 61 tab-separated columns (a GDELT 2.0 export), found 62"),
        new RecordingSink.Reject(3, "column-count", "expected 61 tab-separated columns (a GDELT 2.0 export), found 60"),
        new RecordingSink.Reject(4, "column-count", "expected 61 tab-separated columns (a GDELT 2.0 export), found 1"));
  }

  @Test
  void read_invalidUtf8_rejectsNamingTheColumn() throws IOException {
    String row = GdeltRow.v2().set("Actor2Name", "SOUTH@KOREA").line();
    byte[] bytes = row.getBytes(StandardCharsets.US_ASCII);
    int at = row.indexOf('@');
    bytes[at] = (byte) 0xC3;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes);
    out.write('\n');
    String url = GdeltRow.v2().set("SOURCEURL", "http://example.org/@").line();
    byte[] urlBytes = url.getBytes(StandardCharsets.US_ASCII);
    urlBytes[url.indexOf('@')] = (byte) 0xED; // a lone lead byte of a surrogate, at the end of the line
    out.write(urlBytes);
    out.write('\n');
    Path file = GdeltFiles.write(dir, "export.CSV", out.toByteArray());
    RecordingSink sink = GdeltFiles.read(GdeltEventReader.gdelt2(), file);

    assertThat(sink.rejects).containsExactly(
        new RecordingSink.Reject(1, "bad-utf8", "invalid UTF-8 byte 0xc3 in Actor2Name at byte " + (at + 1)
            + " of the line"),
        new RecordingSink.Reject(2, "bad-utf8", "invalid UTF-8 byte 0xed in column 61 at byte "
            + (url.indexOf('@') + 1) + " of the line"));
  }
}
