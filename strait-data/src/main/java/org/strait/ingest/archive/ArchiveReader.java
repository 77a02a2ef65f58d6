package org.strait.ingest.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import org.strait.core.Actor;
import org.strait.core.CameoCode;
import org.strait.core.Country;
import org.strait.core.Event;
import org.strait.core.QuadClass;
import org.strait.ingest.EventReader;
import org.strait.ingest.EventSink;
import org.strait.ingest.FileSample;
import org.strait.ingest.IngestException;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;

/**
 * The reader of an archive folder written by the Spark job ({@code org.strait.spark.ArchiveJob}): it is recognised
 * by its marker file {@code _strait_archive.json} and replays the folder's Parquet tables into the sink — monthly
 * totals under their own source labels, kept events (filtered again by the ingest's country set), rejected rows
 * with their original file and line. DuckDB reads the Parquet.
 */
public final class ArchiveReader implements EventReader {
  /** The marker file's name. */
  public static final String MARKER = "_strait_archive.json";

  @Override
  public String format() {
    return "strait-archive";
  }

  @Override
  public String description() {
    return "Parquet folder written by the strait Spark job (marker " + MARKER + ")";
  }

  @Override
  public boolean detect(FileSample sample) {
    return sample.fileName().equals(MARKER) && !sample.lines().isEmpty()
        && sample.lines().get(0).contains("\"format\": \"strait-archive\"");
  }

  @Override
  public void read(InputFile file, ReadOptions options, EventSink sink) throws IOException {
    Path dir = file.path().toAbsolutePath().getParent();
    for (String table : new String[] {"events", "source_months", "rejects"}) {
      if (!Files.isDirectory(dir.resolve(table))) {
        throw new IngestException(file.path(), "the archive has no " + table + "/ folder beside its marker");
      }
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT source, month, events FROM read_parquet('"
          + glob(dir, "source_months") + "') ORDER BY source, month")) {
        while (r.next()) {
          sink.valid(r.getString(1), YearMonth.parse(r.getString(2)), r.getLong(3));
        }
      }
      try (ResultSet r = s.executeQuery("SELECT file, line, reason, detail FROM read_parquet('"
          + glob(dir, "rejects") + "') ORDER BY file, line")) {
        while (r.next()) {
          sink.reject(r.getLong(2), r.getString(3), r.getString(1) + ": " + r.getString(4));
        }
      }
      try (ResultSet r = s.executeQuery("SELECT line, source, source_event_id, event_date, actor1_name,"
          + " actor1_country, actor1_sector, actor2_name, actor2_country, actor2_sector, cameo, quad_class, goldstein,"
          + " mentions, sources, articles, tone FROM read_parquet('" + glob(dir, "events")
          + "', hive_partitioning = true) ORDER BY file, line")) {
        while (r.next()) {
          Country c1 = Country.of(r.getString(6));
          Country c2 = Country.of(r.getString(9));
          if (options.keeps(c1, c2)) {
            sink.keep(event(r, c1, c2), r.getLong(1));
          }
        }
      }
    } catch (SQLException e) {
      throw new IngestException(file.path(), 0, "cannot read the archive's Parquet: " + e.getMessage(), e);
    }
  }

  private static Event event(ResultSet r, Country c1, Country c2) throws SQLException {
    return new Event(r.getString(2), r.getString(3), r.getObject(4, java.time.LocalDate.class),
        new Actor(r.getString(5), c1, r.getString(7)), new Actor(r.getString(8), c2, r.getString(10)),
        new CameoCode(r.getString(11)), QuadClass.ofNumber(r.getInt(12)), r.getDouble(13),
        count(r, 14), count(r, 15), count(r, 16), r.getObject(17) == null ? Double.NaN : r.getDouble(17));
  }

  private static int count(ResultSet r, int column) throws SQLException {
    int v = r.getInt(column);
    return r.wasNull() ? -1 : v;
  }

  private static String glob(Path dir, String table) {
    return dir.resolve(table).toString().replace("'", "''") + "/**/*.parquet";
  }
}
