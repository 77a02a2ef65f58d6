package org.strait.ingest.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An archive folder as the Spark job ({@code org.strait.spark.ArchiveJob}) lays it out, written with DuckDB instead
 * of Spark: {@code events/month=YYYY-MM/*.parquet}, {@code source_months/}, {@code rejects/} and the marker. The
 * column names and types below are written from the job's {@code ArchiveSchemas}, independently of the reader.
 *
 * <p>Damage is applied while writing: {@link Archive#sql} statements run on the tables before they are copied out
 * (to put NULLs or out-of-range values in), and {@link Archive#columns} can replace a table's select list (to drop,
 * add, rename or retype a column).
 */
final class ArchiveFixture {
  private ArchiveFixture() {}

  /** The events columns with their DuckDB types, in the job's order; {@code month} is the partition folder. */
  static final Map<String, String> EVENT_COLUMNS = columns("file VARCHAR", "line BIGINT", "source VARCHAR",
      "source_event_id VARCHAR", "event_date DATE", "actor1_name VARCHAR", "actor1_country VARCHAR",
      "actor1_sector VARCHAR", "actor2_name VARCHAR", "actor2_country VARCHAR", "actor2_sector VARCHAR",
      "cameo VARCHAR", "root_code TINYINT", "quad_class TINYINT", "goldstein DOUBLE", "mentions INTEGER",
      "sources INTEGER", "articles INTEGER", "tone DOUBLE");
  static final Map<String, String> MONTH_COLUMNS = columns("source VARCHAR", "month VARCHAR", "events BIGINT");
  static final Map<String, String> REJECT_COLUMNS = columns("file VARCHAR", "line BIGINT", "reason VARCHAR",
      "detail VARCHAR");

  /** One kept event as the job writes it; null counts, tone, id and sectors are NULL in the Parquet. */
  record EventRow(String file, long line, String source, String sourceEventId, LocalDate date, String actor1,
      String country1, String sector1, String actor2, String country2, String sector2, String cameo, int quad,
      double goldstein, Integer mentions, Integer sources, Integer articles, Double tone) {
    int root() {
      return Integer.parseInt(cameo.substring(0, 2));
    }

    String month() {
      return YearMonth.from(date).toString();
    }
  }

  /** A rejected row. */
  record RejectRow(String file, long line, String reason, String detail) {}

  /**
   * One input file of the job: its name, source label, kept events, rejects, and valid rows that the job's country
   * filter dropped (per month), which count in {@code source_months} and the marker's {@code valid} only.
   */
  record Input(String file, String source, List<EventRow> events, List<RejectRow> rejects,
      Map<String, Long> droppedByMonth) {
    long valid() {
      return events.size() + droppedByMonth.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * What to write: the inputs, the strait version named in the marker, SQL run on the tables {@code events},
   * {@code source_months}, {@code rejects} before writing, and select lists replacing a table's columns.
   */
  record Archive(List<Input> inputs, String version, List<String> sql, Map<String, String> columns) {
    Archive {
      inputs = List.copyOf(inputs);
      sql = List.copyOf(sql);
      columns = Map.copyOf(columns);
    }

    Archive withSql(String statement) {
      List<String> more = new ArrayList<>(sql);
      more.add(statement);
      return new Archive(inputs, version, more, columns);
    }

    Archive withColumns(String table, String selectList) {
      Map<String, String> more = new LinkedHashMap<>(columns);
      more.put(table, selectList);
      return new Archive(inputs, version, sql, more);
    }

    Archive withVersion(String v) {
      return new Archive(inputs, v, sql, columns);
    }

    List<EventRow> events() {
      return inputs.stream().flatMap(i -> i.events().stream()).toList();
    }

    List<RejectRow> rejects() {
      return inputs.stream().flatMap(i -> i.rejects().stream()).toList();
    }

    /** Valid rows per source label and month, as the job's {@code source_months} sums them. */
    Map<String, Long> months() {
      Map<String, Long> out = new TreeMap<>();
      for (Input in : inputs) {
        in.events().forEach(e -> out.merge(in.source() + "|" + e.month(), 1L, Long::sum));
        in.droppedByMonth().forEach((m, n) -> out.merge(in.source() + "|" + m, n, Long::sum));
      }
      return out;
    }

    /** The marker's text, as the job writes it. */
    String marker() {
      StringBuilder json = new StringBuilder("{\"format\": \"strait-archive\", \"version\": \"").append(version)
          .append("\", \"files\": [");
      for (int i = 0; i < inputs.size(); i++) {
        Input f = inputs.get(i);
        json.append(i == 0 ? "" : ", ").append("{\"file\": \"").append(f.file()).append("\", \"valid\": ")
            .append(f.valid()).append(", \"kept\": ").append(f.events().size()).append(", \"rejected\": ")
            .append(f.rejects().size()).append('}');
      }
      return json.append("]}\n").toString();
    }
  }

  /** Writes the archive into {@code dir} (created) and returns its marker's path. */
  static Path write(Archive archive, Path dir) throws IOException, SQLException {
    Files.createDirectories(dir);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      create(c, "events", EVENT_COLUMNS, "month VARCHAR");
      create(c, "source_months", MONTH_COLUMNS, null);
      create(c, "rejects", REJECT_COLUMNS, null);
      insert(c, archive);
      for (String statement : archive.sql()) {
        try (Statement s = c.createStatement()) {
          s.execute(statement);
        }
      }
      Files.createDirectories(dir.resolve("events"));
      copy(c, archive, "events", EVENT_COLUMNS, ", month", dir.resolve("events"), ", PARTITION_BY (month)");
      Files.createDirectories(dir.resolve("source_months"));
      copy(c, archive, "source_months", MONTH_COLUMNS, "", dir.resolve("source_months/part-00000.parquet"), "");
      Files.createDirectories(dir.resolve("rejects"));
      copy(c, archive, "rejects", REJECT_COLUMNS, "", dir.resolve("rejects/part-00000.parquet"), "");
    }
    Path marker = dir.resolve(ArchiveReader.MARKER);
    Files.writeString(marker, archive.marker(), StandardCharsets.UTF_8);
    return marker;
  }

  private static void create(Connection c, String table, Map<String, String> columns, String extra)
      throws SQLException {
    StringBuilder ddl = new StringBuilder("CREATE TABLE " + table + " (");
    columns.forEach((name, type) -> ddl.append(name).append(' ').append(type).append(", "));
    ddl.append(extra == null ? "" : extra + ", ").append("seq INTEGER)");
    try (Statement s = c.createStatement()) {
      s.execute(ddl.toString());
    }
  }

  private static void insert(Connection c, Archive archive) throws SQLException {
    int seq = 0;
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (EventRow e : archive.events()) {
        Object[] v = {e.file(), e.line(), e.source(), e.sourceEventId(), Date.valueOf(e.date()), e.actor1(),
            e.country1(), e.sector1(), e.actor2(), e.country2(), e.sector2(), e.cameo(), (byte) e.root(),
            (byte) e.quad(), e.goldstein(), e.mentions(), e.sources(), e.articles(), e.tone(), e.month(), seq++};
        for (int i = 0; i < v.length; i++) {
          p.setObject(i + 1, v[i]);
        }
        p.executeUpdate();
      }
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO source_months VALUES (?, ?, ?, ?)")) {
      for (Map.Entry<String, Long> m : archive.months().entrySet()) {
        String[] key = m.getKey().split("\\|");
        p.setString(1, key[0]);
        p.setString(2, key[1]);
        p.setLong(3, m.getValue());
        p.setInt(4, seq++);
        p.executeUpdate();
      }
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO rejects VALUES (?, ?, ?, ?, ?)")) {
      for (RejectRow r : archive.rejects()) {
        p.setString(1, r.file());
        p.setLong(2, r.line());
        p.setString(3, r.reason());
        p.setString(4, r.detail());
        p.setInt(5, seq++);
        p.executeUpdate();
      }
    }
  }

  private static void copy(Connection c, Archive archive, String table, Map<String, String> columns,
      String partition, Path target, String options) throws SQLException {
    String select = archive.columns().getOrDefault(table, String.join(", ", columns.keySet()));
    try (Statement s = c.createStatement()) {
      s.execute("COPY (SELECT " + select + partition + " FROM " + table + " ORDER BY seq) TO '"
          + target.toString().replace("'", "''") + "' (FORMAT PARQUET" + options + ")");
    }
  }

  private static Map<String, String> columns(String... nameAndType) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String c : nameAndType) {
      String[] p = c.split(" ");
      out.put(p[0], p[1]);
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
