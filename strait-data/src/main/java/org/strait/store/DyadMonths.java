package org.strait.store;

/**
 * The dyad-month aggregate of events (per source, month and ordered pair of countries: events, Goldstein sum and sum of squares, and
 * counts per quad class), written once as SQL that both the embedded store (DuckDB) and the Spark job run, so that
 * the two paths cannot drift apart.
 *
 * <p>The Goldstein sum is kept in tenths as an integer: every Goldstein score on the published scale has one
 * decimal, so the sum is exact and the same whatever order the engine adds in.
 */
public final class DyadMonths {
  private DyadMonths() {}

  /** The month expression in DuckDB's dialect. */
  public static final String DUCKDB_MONTH = "strftime(event_date, '%Y-%m')";
  /** The month expression in Spark SQL's dialect. */
  public static final String SPARK_MONTH = "date_format(event_date, 'yyyy-MM')";

  /** Returns the aggregate query over a table or view with the columns of {@code events}. */
  public static String sql(String table, String monthExpression) {
    return "SELECT source, " + monthExpression + " AS month, actor1_country, actor2_country,"
        + " count(*) AS events,"
        + " sum(CAST(round(goldstein * 10) AS BIGINT)) AS goldstein_tenths,"
        + " sum(CAST(round(goldstein * 10) AS BIGINT) * CAST(round(goldstein * 10) AS BIGINT)) AS goldstein_sq_tenths,"
        + " sum(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END) AS verbal_cooperation,"
        + " sum(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END) AS material_cooperation,"
        + " sum(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END) AS verbal_conflict,"
        + " sum(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END) AS material_conflict"
        + " FROM " + table + " GROUP BY 1, 2, 3, 4";
  }
}
