package org.strait.ingest.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One of the three tables of an archive that the reader replays: its folder and the columns, with their DuckDB
 * types, that every Parquet file in it must have, exactly (those of the Spark job's {@code ArchiveSchemas}; the
 * events' {@code month} is the name of their partition folder, not a column).
 */
enum ArchiveTable {
  /** Kept events, in {@code events/month=YYYY-MM/} folders. */
  EVENTS("events", "file VARCHAR", "line BIGINT", "source VARCHAR", "source_event_id VARCHAR", "event_date DATE",
      "actor1_name VARCHAR", "actor1_country VARCHAR", "actor1_sector VARCHAR", "actor2_name VARCHAR",
      "actor2_country VARCHAR", "actor2_sector VARCHAR", "cameo VARCHAR", "root_code TINYINT",
      "quad_class TINYINT", "goldstein DOUBLE", "mentions INTEGER", "sources INTEGER", "articles INTEGER",
      "tone DOUBLE"),
  /** Valid rows per source label and month. */
  SOURCE_MONTHS("source_months", "source VARCHAR", "month VARCHAR", "events BIGINT"),
  /** Rejected rows with their input file and line. */
  REJECTS("rejects", "file VARCHAR", "line BIGINT", "reason VARCHAR", "detail VARCHAR");

  private final String folder;
  private final Map<String, String> columns = new LinkedHashMap<>();

  ArchiveTable(String folder, String... nameAndType) {
    this.folder = folder;
    for (String c : nameAndType) {
      String[] p = c.split(" ");
      columns.put(p[0], p[1]);
    }
  }

  /** Returns the folder's name. */
  String folder() {
    return folder;
  }

  /** Returns the column names, comma-separated, in the job's order, for a SELECT. */
  String selectList() {
    return String.join(", ", columns.keySet());
  }

  /**
   * Returns the table's Parquet files in path order, or records why there are none to read. Files and folders
   * whose names start with {@code _} or {@code .} are Spark's and Hadoop's bookkeeping ({@code _SUCCESS},
   * {@code .crc} checksums, {@code _temporary}) and are skipped, as Spark skips them; so are files not named
   * {@code *.parquet}. A folder with no Parquet file is an empty table (Spark writes no file for an empty
   * partitioned table); the marker's totals tell whether rows are missing.
   */
  List<Path> files(Path dir, ArchiveProblems problems) throws IOException {
    Path root = dir.resolve(folder);
    if (!Files.isDirectory(root)) {
      problems.add(folder + "/ " + (Files.exists(root) ? "is not a folder" : "is missing")
          + "; an archive holds the folders events/, source_months/ and rejects/ beside its marker");
      return List.of();
    }
    List<Path> out = new ArrayList<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
        if (p.getFileName().toString().endsWith(".parquet") && !bookkeeping(root.relativize(p))) {
          out.add(p);
        }
      }
    }
    return out;
  }

  private static boolean bookkeeping(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith("_") || part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks that a Parquet file can be opened and has exactly this table's columns and types, recording every
   * difference; returns true when it has.
   */
  boolean checkColumns(Connection c, Path file, ArchiveProblems problems) {
    Map<String, String> found = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + scan(file, false))) {
      while (r.next()) {
        found.put(r.getString("column_name"), r.getString("column_type"));
      }
    } catch (SQLException e) {
      problems.add(file, unreadable(e));
      return false;
    }
    List<String> wrong = new ArrayList<>();
    columns.forEach((name, type) -> {
      String t = found.get(name);
      if (t == null) {
        wrong.add("column " + name + " (" + type + ") is missing");
      } else if (!t.equals(type)) {
        wrong.add("column " + name + " is " + t + ", expected " + type);
      }
    });
    found.keySet().stream().filter(n -> !columns.containsKey(n))
        .forEach(n -> wrong.add("column " + n + " (" + found.get(n) + ") is not one of the " + folder + " columns"));
    if (!wrong.isEmpty()) {
      problems.add(file, String.join("; ", wrong));
    }
    return wrong.isEmpty();
  }

  /** Returns the SQL that scans one Parquet file, with the 0-based {@code file_row_number} when asked. */
  static String scan(Path file, boolean rowNumbers) {
    return "read_parquet('" + file.toAbsolutePath().toString().replace("'", "''") + "', hive_partitioning = false"
        + (rowNumbers ? ", file_row_number = true)" : ")");
  }

  /** Says that a file is not readable Parquet, with the first line of DuckDB's reason. */
  static String unreadable(SQLException e) {
    String m = String.valueOf(e.getMessage()).strip();
    int end = m.indexOf('\n');
    return "is not a readable Parquet file (" + (end < 0 ? m : m.substring(0, end).strip()) + ")";
  }
}
