package org.strait.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.quad.NamedQuadReader;
import org.strait.knowledge.StandardActors;
import org.strait.store.EventStore;

/**
 * The report on the shared ICEWS 2005-15 sample, ingested as {@code strait ingest} does (named quadruples, the
 * standard actors): at the report's stated false-alarm rate the fall of August 2012 is found and annotated with
 * Lee Myung-bak's Dokdo visit. The sample alone holds about a fifth of the events, so the fall (49 events in August
 * 2012, raw mean about 0.16 against about 2.3 before) is found at a false-alarm rate of 0.50 but not at 0.10, the
 * rate at which it is found once the complete tail of 2012-08..2014-12 is ingested too (see docs/indices.md).
 */
class ReportSharedIcewsTest {
  /** The false-alarm rate the report states and detects at. */
  static final double RATE = 0.50;

  @TempDir Path dir;

  @Test
  void build_icewsSample_annotatesTheFallOf2012WithTheDokdoVisit() throws IOException {
    Path sample = Path.of(System.getProperty("strait.shared.dir", "../shared"))
        .resolve("data/icews05-15/sample");
    String html;
    try (EventStore store = EventStore.open(dir.resolve("icews.duckdb"))) {
      ReadOptions options = new ReadOptions("icews05-15/sample", Set.copyOf(Country.DEFAULT_SET),
          StandardActors.resolver(), null, 0);
      for (String name : List.of("icews_2005-2015_valid.txt", "icews_2005-2015_test.txt")) {
        store.ingest(sample.resolve(name), new NamedQuadReader(), options);
      }
      html = new ReportBuilder(new ReportSettings("icews sample", 1, 2, RATE, 2,
          null, null, false, false)).build(store.reader());
    }
    assertThat(html).contains("false-alarm rate of 0.50").contains("Left out of this report on request");
    Matcher row = Pattern.compile(
        "<tr><td>(2012-0[789])</td><td>(level|shock)</td><td>down</td>(<td>[^<]*</td>){5}<td>([^<]*)</td></tr>")
        .matcher(html);
    assertThat(row.find()).as("a fall in 2012-07..09 in the turning-point table").isTrue();
    assertThat(row.group(4)).contains("2012-08-10 Lee Myung-bak visits Dokdo");
    // the notes list of that turn names the visit (the month's entries in date order: the ICJ proposal, dated to the
    // month only, comes first)
    Matcher notes = Pattern.compile("<li>" + row.group(1) + " \\(" + row.group(2) + ", down\\): (<br>[^<]*)+")
        .matcher(html);
    assertThat(notes.find()).as("the turn's notes").isTrue();
    assertThat(notes.group(0)).contains("<br>2012-08-10 Lee Myung-bak visits Dokdo");
  }
}
