package org.strait.ingest.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The current row of a Parquet file being replayed, read column by column with the checks the archive format
 * promises (NOT NULL, ranges); a value that fails is recorded as a problem naming the file, the row and the column,
 * and the row is marked bad so that the reader passes it to no sink. The file's columns have been checked to have
 * the expected types before, so the getters cast without guessing.
 */
final class ParquetRow {
  private final ResultSet r;
  private final ArchiveProblems problems;
  private String where;
  private boolean bad;

  ParquetRow(ResultSet r, ArchiveProblems problems) {
    this.r = r;
    this.problems = problems;
  }

  /** Moves to the next row; false at the end. */
  boolean next() throws SQLException {
    bad = false;
    return r.next();
  }

  /** Returns the 1-based number of this row in its file, from the scan's 0-based {@code file_row_number}. */
  long number(int i) throws SQLException {
    return r.getLong(i) + 1;
  }

  /** Sets how problems describe this row: its file, row number and, where known, its input file and line. */
  void describe(String where) {
    this.where = where;
  }

  /** Tells whether a value of this row failed a check. */
  boolean bad() {
    return bad;
  }

  /** Records a problem with a column of this row. */
  void fail(String column, String problem) {
    bad = true;
    problems.add(where + ": " + column + " " + problem);
  }

  /** Returns a text value that must be neither NULL nor blank, or null after recording why. */
  String text(int i, String column) throws SQLException {
    String v = r.getString(i);
    if (v == null) {
      fail(column, "is NULL");
    } else if (v.isBlank()) {
      fail(column, "is blank ('" + v + "')");
      return null;
    }
    return v;
  }

  /** Returns a text value that may be NULL (then null), never checked further. */
  String optionalText(int i) throws SQLException {
    return r.getString(i);
  }

  /** Returns a whole number that must not be NULL and at least {@code min}, or {@code min - 1} after recording. */
  long whole(int i, String column, long min) throws SQLException {
    Object v = r.getObject(i);
    if (v == null) {
      fail(column, "is NULL");
      return min - 1;
    }
    long n = ((Number) v).longValue();
    if (n < min) {
      fail(column, "is " + n + ", less than " + min);
    }
    return n;
  }

  /** Returns a count that may be NULL (then -1, "none") but otherwise is at least 0. */
  int count(int i, String column) throws SQLException {
    Object v = r.getObject(i);
    if (v == null) {
      return -1;
    }
    int n = ((Number) v).intValue();
    if (n < 0) {
      fail(column, "is " + n + "; a count is at least 0, or NULL for none");
    }
    return n;
  }

  /** Returns a number that must not be NULL and lies within [{@code min}, {@code max}]. */
  double number(int i, String column, double min, double max) throws SQLException {
    Object v = r.getObject(i);
    if (v == null) {
      fail(column, "is NULL");
      return Double.NaN;
    }
    double x = ((Number) v).doubleValue();
    if (!(x >= min && x <= max)) {
      fail(column, "is " + x + ", outside " + min + " to " + max);
    }
    return x;
  }

  /** Returns a number that may be NULL (then NaN, "none") but otherwise is finite. */
  double optionalFinite(int i, String column) throws SQLException {
    Object v = r.getObject(i);
    if (v == null) {
      return Double.NaN;
    }
    double x = ((Number) v).doubleValue();
    if (!Double.isFinite(x)) {
      fail(column, "is " + x + "; it must be a finite number, or NULL for none");
    }
    return x;
  }

  /** Returns a date that must not be NULL. */
  LocalDate date(int i, String column) throws SQLException {
    LocalDate d = r.getObject(i, LocalDate.class);
    if (d == null) {
      fail(column, "is NULL");
    }
    return d;
  }
}
