package org.strait.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.ingest.IngestException;
import org.strait.ingest.archive.ArchiveFixture.Archive;
import org.strait.ingest.archive.ArchiveFixture.EventRow;
import org.strait.ingest.archive.ArchiveFixture.Input;
import org.strait.ingest.archive.ArchiveFixture.RejectRow;
import org.strait.store.EventStore;
import org.strait.store.IngestReport;

class ArchiveReaderTest {
  @TempDir Path dir;

  /** Two events of one input file, one between Japan and South Korea (kept), one between China and Russia. */
  private static Archive handWritten() {
    String in = "hdfs:///in/20140105.export.CSV";
    EventRow kept = new EventRow(in, 3, "gdelt2", "1001", LocalDate.of(2014, 1, 5), "JAPAN", "JPN", "GOV",
        "SOUTH KOREA", "KOR", null, "0231", 1, 2.5, 4, 1, 4, -1.25);
    EventRow other = new EventRow(in, 5, "gdelt2", "1003", LocalDate.of(2014, 2, 9), "CHINA", "CHN", null,
        "RUSSIA", "RUS", null, "190", 4, -10.0, null, null, null, null);
    return new Archive(List.of(new Input(in, "gdelt2", List.of(kept, other),
        List.of(new RejectRow(in, 4, "bad-date", "SQLDATE '2014013'")), Map.of("2014-01", 2L))),
        org.strait.core.Version.current(), List.of(), Map.of());
  }

  @Test
  void read_handWrittenArchive_storesTheKeptEventTheTotalsAndTheReject() throws Exception {
    Path marker = ArchiveFixture.write(handWritten(), dir.resolve("archive"));
    try (EventStore store = EventStore.open(dir.resolve("store.duckdb"))) {
      IngestReport report = store.ingest(marker, new ArchiveReader(), ArchiveStore.OPTIONS);
      // January: the kept event and two dropped rows; February: the China-Russia event.
      assertThat(report.valid()).isEqualTo(4);
      assertThat(report.kept()).isEqualTo(1);
      assertThat(report.rejected()).isEqualTo(1);
      assertThat(rows(store, "SELECT line, source, source_event_id, event_date, actor1_name, actor1_country,"
          + " actor1_sector, actor2_name, actor2_country, actor2_sector, cameo, root_code, quad_class, goldstein,"
          + " mentions, sources, articles, tone FROM events")).containsExactly(
          "3|gdelt2|1001|2014-01-05|JAPAN|JPN|GOV|SOUTH KOREA|KOR|null|0231|2|1|2.5|4|1|4|-1.25");
      assertThat(rows(store, "SELECT source, month, events FROM source_months ORDER BY month"))
          .containsExactly("gdelt2|2014-01|3", "gdelt2|2014-02|1");
      assertThat(rows(store, "SELECT line, reason, detail FROM rejects"))
          .containsExactly("4|bad-date|hdfs:///in/20140105.export.CSV: SQLDATE '2014013'");
    }
  }

  @Test
  void read_badValuesInThreeTables_reportsEveryOneAtOnce() throws Exception {
    Archive archive = handWritten()
        .withSql("UPDATE events SET goldstein = 11.0 WHERE line = 3")
        .withSql("UPDATE source_months SET month = '2014-1' WHERE month = '2014-02'")
        .withSql("UPDATE rejects SET reason = NULL");
    Path marker = ArchiveFixture.write(archive, dir.resolve("archive"));
    assertThatThrownBy(() -> new ArchiveReader().read(new org.strait.ingest.InputFile(marker),
        ArchiveStore.OPTIONS, new CountingSink()))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("3 problems")
        .hasMessageContaining("events/month=2014-01/data_0.parquet row 1 (hdfs:///in/20140105.export.CSV line 3):"
            + " goldstein is 11.0")
        .hasMessageContaining("source_months/part-00000.parquet row 2: month '2014-1' is not a month YYYY-MM")
        .hasMessageContaining("rejects/part-00000.parquet row 1: reason is NULL");
  }

  @Test
  void read_twentyFiveBadRows_listsTheFirstTwentyAndCountsAll() throws Exception {
    String in = "in.csv";
    List<EventRow> events = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      events.add(new EventRow(in, i, "gdelt2", null, LocalDate.of(2014, 3, 1), "JAPAN", "JPN", null, "SOUTH KOREA",
          "KOR", null, "042", 1, 1.0, null, null, null, null));
    }
    Archive archive = new Archive(List.of(new Input(in, "gdelt2", events, List.of(), Map.of())), org.strait.core.Version.current(),
        List.of("UPDATE events SET quad_class = 7"), Map.of());
    Path marker = ArchiveFixture.write(archive, dir.resolve("archive"));
    IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class, () -> new ArchiveReader()
        .read(new org.strait.ingest.InputFile(marker), ArchiveStore.OPTIONS, new CountingSink()));
    assertThat(e.getMessage()).contains("25 problems (the first 20 shown)");
    assertThat(e.getMessage().lines().filter(l -> l.contains("quad_class is 7, more than 4"))).hasSize(20);
    assertThat(e.file()).isEqualTo(marker);
  }

  private static List<String> rows(EventStore store, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(i == 1 ? "" : "|").append(r.getObject(i));
        }
        out.add(row.toString());
      }
    }
    return out;
  }

}
