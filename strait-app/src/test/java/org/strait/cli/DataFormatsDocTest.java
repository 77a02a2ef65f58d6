package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.app.fit.StoreFixture;
import org.strait.app.forecast.ForecastCsv;
import org.strait.store.EventStore;

/**
 * {@code docs/data-formats.md} against the code: every table the store creates and every file header the commands
 * write has exactly the columns, in the order, the page's column tables give.
 */
class DataFormatsDocTest {
  private static final Path DOC = Path.of("..", "docs", "data-formats.md");
  private static final Pattern SECTION = Pattern.compile("<!-- columns: (table|export) ([\\w.-]+) -->\\n((?:\\|.*\\n)+)");

  @TempDir static Path dir;
  static Map<String, List<String>> tables;
  static Map<String, List<String>> exports;
  static Path store;

  @BeforeAll
  static void read() throws Exception {
    tables = new LinkedHashMap<>();
    exports = new LinkedHashMap<>();
    Matcher m = SECTION.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
    while (m.find()) {
      List<String> columns = new ArrayList<>();
      String[] rows = m.group(3).split("\n");
      for (int i = 2; i < rows.length; i++) { // after the header and the |---| line
        columns.add(rows[i].split("\\|")[1].trim());
      }
      (m.group(1).equals("table") ? tables : exports).put(m.group(2), columns);
    }
    store = StoreFixture.synthetic(dir.resolve("s.duckdb"), YearMonth.of(2005, 1), 48, 3);
  }

  @Test
  void tables_areTheStoresTablesWithTheirColumnsInOrder() throws SQLException {
    try (EventStore s = EventStore.open(store)) {
      List<String> names = new ArrayList<>();
      try (Statement st = s.connection().createStatement();
          ResultSet r = st.executeQuery("SELECT table_name FROM information_schema.tables"
              + " WHERE table_schema = current_schema() ORDER BY table_name")) {
        while (r.next()) {
          names.add(r.getString(1));
        }
      }
      assertThat(new TreeSet<>(tables.keySet())).as("documented tables").containsExactlyElementsOf(names);
      for (String table : names) {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement p = s.connection().prepareStatement("SELECT column_name FROM"
            + " information_schema.columns WHERE table_name = ? ORDER BY ordinal_position")) {
          p.setString(1, table);
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              columns.add(r.getString(1));
            }
          }
        }
        assertThat(tables.get(table)).as("columns of table " + table).containsExactlyElementsOf(columns);
      }
    }
  }

  @Test
  void exports_areTheHeadersTheCommandsWrite() throws IOException {
    Map<String, List<String>> written = new LinkedHashMap<>();
    String db = store.toString();
    written.put("index.csv", header(ok(CliRun.of("index", "--dyad", "JPN-KOR", "--db", db, "--format", "csv")).out()));
    written.put("turning-points.csv", header(ok(CliRun.of("turning-points", "--dyad", "JPN-KOR", "--db", db,
        "--format", "csv")).out()));
    // forecast.csv: the header ForecastCsv writes (a forecast itself fits the model twice; ForecastCommandTest
    // checks that the file starts with it)
    written.put("forecast.csv", header(ForecastCsv.HEADER));
    Path out = dir.resolve("sim");
    ok(CliRun.of("simulate", Path.of("..", "scenarios", "baseline.yaml").toString(), "--runs", "10", "--out",
        out.toString(), "--events"));
    for (String file : List.of("quantiles.csv", "thresholds.csv", "events.csv")) {
      written.put(file, header(Files.readString(out.resolve(file), StandardCharsets.UTF_8)));
    }
    written.put("chronicle.csv", header(ok(CliRun.of("chronicle", "--format", "csv")).out()));
    written.put("bargain.csv", header(ok(CliRun.of("bargain",
        Path.of("src", "main", "resources", "cases", "wartime-labour.yaml").toString(), "--format", "csv")).out()));
    assertThat(exports.keySet()).as("documented exports").containsExactlyInAnyOrderElementsOf(written.keySet());
    written.forEach((file, columns) -> assertThat(exports.get(file)).as("columns of " + file)
        .containsExactlyElementsOf(columns));
  }

  private static CliRun ok(CliRun run) {
    assertThat(run.code()).as(run.err()).isZero();
    return run;
  }

  private static List<String> header(String text) {
    return Arrays.asList(text.lines().findFirst().orElseThrow().split(","));
  }
}
