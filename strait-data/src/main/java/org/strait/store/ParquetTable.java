package org.strait.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A table written as a Parquet file through an in-memory DuckDB, for exports (R and Python read them). */
public final class ParquetTable {
  private ParquetTable() {}

  /**
   * Writes {@code csv}, a CSV table with a header row, to {@code output} as Parquet, columns typed as DuckDB's CSV
   * reader infers them.
   *
   * @throws IOException naming the output when it cannot be written
   */
  public static void writeCsv(String csv, Path output) throws IOException {
    Path temp = Files.createTempFile("strait-table", ".csv");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      Files.writeString(temp, csv, StandardCharsets.UTF_8);
      s.execute("COPY (SELECT * FROM read_csv('" + temp.toString().replace("'", "''")
          + "', header = true)) TO '" + output.toString().replace("'", "''") + "' (FORMAT parquet)");
    } catch (SQLException e) {
      throw new IOException("cannot write parquet file " + output + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
