package org.strait.bench.gdelt;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * DuckDB's own way to do strait's GDELT ingest: {@code read_csv} with the explicit 61-column schema of the GDELT
 * 2.0 codebook, the same country filter into an events table, and the monthly totals of every row. Two plans: two
 * scans of the file (filter, then totals), or one scan into a temporary table of the needed columns and both
 * results from it.
 */
final class DuckDbBaseline {
  private static final String[][] COLUMNS = {
      {"GLOBALEVENTID", "BIGINT"}, {"SQLDATE", "INTEGER"}, {"MonthYear", "INTEGER"}, {"Year", "INTEGER"},
      {"FractionDate", "DOUBLE"},
      {"Actor1Code", "VARCHAR"}, {"Actor1Name", "VARCHAR"}, {"Actor1CountryCode", "VARCHAR"},
      {"Actor1KnownGroupCode", "VARCHAR"}, {"Actor1EthnicCode", "VARCHAR"}, {"Actor1Religion1Code", "VARCHAR"},
      {"Actor1Religion2Code", "VARCHAR"}, {"Actor1Type1Code", "VARCHAR"}, {"Actor1Type2Code", "VARCHAR"},
      {"Actor1Type3Code", "VARCHAR"},
      {"Actor2Code", "VARCHAR"}, {"Actor2Name", "VARCHAR"}, {"Actor2CountryCode", "VARCHAR"},
      {"Actor2KnownGroupCode", "VARCHAR"}, {"Actor2EthnicCode", "VARCHAR"}, {"Actor2Religion1Code", "VARCHAR"},
      {"Actor2Religion2Code", "VARCHAR"}, {"Actor2Type1Code", "VARCHAR"}, {"Actor2Type2Code", "VARCHAR"},
      {"Actor2Type3Code", "VARCHAR"},
      {"IsRootEvent", "INTEGER"}, {"EventCode", "VARCHAR"}, {"EventBaseCode", "VARCHAR"},
      {"EventRootCode", "VARCHAR"}, {"QuadClass", "INTEGER"}, {"GoldsteinScale", "DOUBLE"},
      {"NumMentions", "INTEGER"}, {"NumSources", "INTEGER"}, {"NumArticles", "INTEGER"}, {"AvgTone", "DOUBLE"},
      {"Actor1Geo_Type", "INTEGER"}, {"Actor1Geo_FullName", "VARCHAR"}, {"Actor1Geo_CountryCode", "VARCHAR"},
      {"Actor1Geo_ADM1Code", "VARCHAR"}, {"Actor1Geo_ADM2Code", "VARCHAR"}, {"Actor1Geo_Lat", "DOUBLE"},
      {"Actor1Geo_Long", "DOUBLE"}, {"Actor1Geo_FeatureID", "VARCHAR"},
      {"Actor2Geo_Type", "INTEGER"}, {"Actor2Geo_FullName", "VARCHAR"}, {"Actor2Geo_CountryCode", "VARCHAR"},
      {"Actor2Geo_ADM1Code", "VARCHAR"}, {"Actor2Geo_ADM2Code", "VARCHAR"}, {"Actor2Geo_Lat", "DOUBLE"},
      {"Actor2Geo_Long", "DOUBLE"}, {"Actor2Geo_FeatureID", "VARCHAR"},
      {"ActionGeo_Type", "INTEGER"}, {"ActionGeo_FullName", "VARCHAR"}, {"ActionGeo_CountryCode", "VARCHAR"},
      {"ActionGeo_ADM1Code", "VARCHAR"}, {"ActionGeo_ADM2Code", "VARCHAR"}, {"ActionGeo_Lat", "DOUBLE"},
      {"ActionGeo_Long", "DOUBLE"}, {"ActionGeo_FeatureID", "VARCHAR"},
      {"DATEADDED", "BIGINT"}, {"SOURCEURL", "VARCHAR"}};

  private static final String KEPT_COLUMNS = "GLOBALEVENTID::VARCHAR AS source_event_id,"
      + " strptime(SQLDATE::VARCHAR, '%Y%m%d')::DATE AS event_date,"
      + " Actor1Name, Actor1CountryCode, Actor1Type1Code, Actor2Name, Actor2CountryCode, Actor2Type1Code,"
      + " EventCode, EventRootCode::TINYINT AS root_code, QuadClass::TINYINT AS quad_class, GoldsteinScale,"
      + " NumMentions, NumSources, NumArticles, AvgTone";

  private static final String MONTH = "strftime(strptime(MonthYear::VARCHAR, '%Y%m'), '%Y-%m')";

  /** What one plan produced and how long it took. */
  record Result(String plan, double seconds, long kept, long valid, int months) {}

  private DuckDbBaseline() {}

  static String readCsv(Path file) {
    String columns = java.util.Arrays.stream(COLUMNS).map(c -> "'" + c[0] + "': '" + c[1] + "'")
        .collect(Collectors.joining(", "));
    return "read_csv('" + file.toAbsolutePath() + "', delim = '\\t', header = false, quote = '', escape = '',"
        + " auto_detect = false, columns = {" + columns + "})";
  }

  static String countryFilter(List<String> countries) {
    String set = countries.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "));
    return "Actor1CountryCode IN (" + set + ") AND Actor2CountryCode IN (" + set + ")";
  }

  /** Returns the statements of the two-scan plan: the kept events, then the monthly totals, each from the file. */
  static List<String> twoScanSql(Path file, List<String> countries) {
    return List.of(
        "CREATE TABLE events AS SELECT " + KEPT_COLUMNS + " FROM " + readCsv(file) + " WHERE "
            + countryFilter(countries),
        "CREATE TABLE source_months AS SELECT " + MONTH + " AS month, count(*) AS events FROM " + readCsv(file)
            + " GROUP BY ALL");
  }

  /** Returns the statements of the one-scan plan: the needed columns into a temporary table, both results from it. */
  static List<String> oneScanSql(Path file, List<String> countries) {
    return List.of(
        "CREATE TEMP TABLE scan AS SELECT " + KEPT_COLUMNS + ", MonthYear FROM " + readCsv(file),
        "CREATE TABLE events AS SELECT * EXCLUDE (MonthYear) FROM scan WHERE " + countryFilter(countries),
        "CREATE TABLE source_months AS SELECT " + MONTH + " AS month, count(*) AS events FROM scan GROUP BY ALL",
        "DROP TABLE scan");
  }

  /** Runs the two-scan plan in a fresh database file. */
  static Result twoScans(Path file, Path db, List<String> countries) throws SQLException {
    return run("two scans", twoScanSql(file, countries), db);
  }

  /** Runs the one-scan plan in a fresh database file. */
  static Result oneScan(Path file, Path db, List<String> countries) throws SQLException {
    return run("one scan", oneScanSql(file, countries), db);
  }

  private static Result run(String plan, List<String> statements, Path db) throws SQLException {
    long start = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
    return result(plan, start, db);
  }

  /** Times from {@code start} to now (the connection is closed, the database checkpointed), then counts. */
  private static Result result(String plan, long start, Path db) throws SQLException {
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] counts = counts(db);
    return new Result(plan, seconds, counts[0], counts[1], (int) counts[2]);
  }

  /**
   * Returns what a database holds after an ingest, strait's or DuckDB's: the events kept, the sum of the monthly
   * totals and the number of months (both sides' tables have these names and the {@code events} column).
   */
  static long[] counts(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM events), (SELECT coalesce(sum(events), 0) FROM"
        + " source_months), (SELECT count(DISTINCT month) FROM source_months)")) {
      r.next();
      return new long[] {r.getLong(1), r.getLong(2), r.getLong(3)};
    }
  }
}
