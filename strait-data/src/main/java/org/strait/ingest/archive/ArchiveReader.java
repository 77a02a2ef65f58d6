package org.strait.ingest.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strait.ingest.EventReader;
import org.strait.ingest.EventSink;
import org.strait.ingest.FileSample;
import org.strait.ingest.IngestException;
import org.strait.ingest.IngestPlan;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;

/**
 * The reader of an archive folder written by the Spark job ({@code org.strait.spark.ArchiveJob}): it is recognised
 * by its marker file {@code _strait_archive.json} and replays the folder's Parquet tables into the sink — monthly
 * totals under their own source labels, kept events (filtered again by the ingest's country set), rejected rows
 * with their original file and line. DuckDB reads the Parquet.
 *
 * <p>The archive is checked as it is read, and every problem found is reported at once in one
 * {@link IngestException} on the marker, each naming the file in the archive and, for a bad value, the row, the
 * column and the value: a marker that is missing, empty, not JSON, of another format or without counts; a missing
 * table folder; a Parquet file that cannot be read or whose columns or types differ from the job's; a NULL where
 * the job writes none; a value out of its range (months, CAMEO codes, root codes, quad classes, Goldstein scores,
 * counts, lines); an event outside its month folder; and tables whose row totals differ from the marker's (a lost
 * or copied file); an input line held twice by {@code events/} or {@code rejects/} (a Parquet file copied over a
 * deleted one, keeping the totals). A marker written by another strait version is read when the tables match this format. Rows read
 * before a problem has been found have been passed to the sink: the store's one transaction per file discards them.
 * Damage inside a Parquet value that leaves it in range (a flipped bit in a Goldstein score) cannot be seen, for the
 * job writes no checksums.
 */
public final class ArchiveReader implements EventReader {
  /** The marker file's name. */
  public static final String MARKER = IngestPlan.ARCHIVE_MARKER;

  @Override
  public String format() {
    return "strait-archive";
  }

  @Override
  public String description() {
    return "Parquet folder written by the strait Spark job (marker " + MARKER + ")";
  }

  /** Recognises the marker by its name alone, so that a damaged marker is read, and its damage reported. */
  @Override
  public boolean detect(FileSample sample) {
    return sample.fileName().equals(MARKER);
  }

  /** Returns the marker, then the Parquet files of the tables it reads, in path order. */
  @Override
  public List<Path> contentFiles(Path marker) throws IOException {
    Path dir = marker.toAbsolutePath().getParent();
    List<Path> files = new java.util.ArrayList<>(List.of(marker));
    ArchiveProblems ignored = new ArchiveProblems(dir);
    for (ArchiveTable t : ArchiveTable.values()) {
      files.addAll(t.files(dir, ignored));
    }
    return files;
  }

  @Override
  public void read(InputFile file, ReadOptions options, EventSink sink) throws IOException {
    Path marker = file.path();
    if (!marker.getFileName().toString().equals(MARKER)) {
      throw new IngestException(marker, "is not an archive marker: the " + format() + " reader reads a folder"
          + " through its " + MARKER + " file");
    }
    ArchiveMarker promised = ArchiveMarker.read(marker);
    Path dir = marker.toAbsolutePath().getParent();
    ArchiveProblems problems = new ArchiveProblems(dir);
    problems.writtenBy(promised.version());
    Map<ArchiveTable, List<Path>> files = new EnumMap<>(ArchiveTable.class);
    for (ArchiveTable t : ArchiveTable.values()) {
      files.put(t, t.files(dir, problems));
    }
    problems.throwIfAny(marker);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      files.forEach((t, list) -> list.forEach(f -> t.checkColumns(c, f, problems)));
      problems.throwIfAny(marker);
      long[] totals = replay(new ArchiveRows(c, problems, sink), files, dir, options, problems);
      if (!problems.any()) {
        compare(problems, "source_months/ counts", totals[0], "valid rows", promised.valid());
        compare(problems, "events/ holds", totals[1], "kept events", promised.kept());
        compare(problems, "rejects/ holds", totals[2], "rejected rows", promised.rejected());
      }
      if (!problems.any()) {
        twice(c, ArchiveTable.EVENTS, files.get(ArchiveTable.EVENTS), problems);
        twice(c, ArchiveTable.REJECTS, files.get(ArchiveTable.REJECTS), problems);
      }
      problems.throwIfAny(marker);
    } catch (SQLException e) {
      throw new IngestException(marker, 0, "cannot open DuckDB to read the archive: " + e.getMessage(), e);
    }
  }

  /** Replays every file, recording unreadable ones; returns the rows of source_months, events and rejects. */
  private static long[] replay(ArchiveRows rows, Map<ArchiveTable, List<Path>> files, Path dir, ReadOptions options,
      ArchiveProblems problems) {
    long[] totals = new long[3];
    Set<String> pairs = new HashSet<>();
    for (Map.Entry<ArchiveTable, List<Path>> e : files.entrySet()) {
      for (Path f : e.getValue()) {
        try {
          switch (e.getKey()) {
            case SOURCE_MONTHS -> totals[0] += rows.months(f, pairs);
            case EVENTS -> totals[1] += rows.events(f, dir.resolve(ArchiveTable.EVENTS.folder()), options);
            case REJECTS -> totals[2] += rows.rejects(f);
            default -> throw new IllegalStateException("unknown table " + e.getKey());
          }
        } catch (SQLException ex) {
          problems.add(f, ArchiveTable.unreadable(ex));
        }
      }
    }
    return totals;
  }

  /**
   * Records every input line that a table holds more than once (the job writes each once): a Parquet file copied
   * over a deleted one keeps the totals but stores its rows twice.
   */
  private static void twice(Connection c, ArchiveTable table, List<Path> files, ArchiveProblems problems)
      throws SQLException {
    if (files.isEmpty()) {
      return;
    }
    StringBuilder list = new StringBuilder();
    for (Path f : files) {
      list.append(list.length() == 0 ? "" : ", ").append('\'')
          .append(f.toAbsolutePath().toString().replace("'", "''")).append('\'');
    }
    String sql = "SELECT file, line, count(*) FROM read_parquet([" + list + "], hive_partitioning = false)"
        + " GROUP BY file, line HAVING count(*) > 1 ORDER BY file, line LIMIT " + ArchiveProblems.SHOWN;
    try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        problems.add(table.folder() + "/ holds line " + r.getLong(2) + " of " + r.getString(1) + " " + r.getLong(3)
            + " times; the job writes each row once (a Parquet file is copied)");
      }
    }
  }

  private static void compare(ArchiveProblems problems, String what, long found, String listed, long promised) {
    if (found != promised) {
      problems.add(what + " " + found + " " + listed + " but the marker " + MARKER + " lists " + promised
          + " (a Parquet file is missing, copied or altered)");
    }
  }
}
