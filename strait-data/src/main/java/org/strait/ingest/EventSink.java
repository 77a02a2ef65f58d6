package org.strait.ingest;

import java.time.YearMonth;
import org.strait.core.Actor;
import org.strait.core.Event;

/**
 * Where a reader sends what it finds in a file: every valid row is counted by month (the source's totals, which
 * indices use to normalise), kept rows are stored, and bad rows are rejected with their line and reason.
 */
public interface EventSink {
  /** Counts one valid row of the file in the month of its event, whether or not it is kept. */
  void valid(YearMonth month);

  /**
   * Tells whether this sink takes a file's valid rows counted by month ({@link #valid(YearMonth, long)}) in place of
   * one {@link #valid(YearMonth)} call per row. A reader that parses in blocks may then count a block's valid rows
   * by month before the block's {@link #keep} and {@link #reject} calls, which still come in line order; the
   * contract that a keep follows the valid call of its row no longer holds. Default false: one call per row, in
   * line order.
   */
  default boolean countsByMonth() {
    return false;
  }

  /**
   * Counts {@code rows} valid rows of the file in a month at once; readers call it only on sinks that
   * {@link #countsByMonth count by month}. The default counts them one by one.
   */
  default void valid(YearMonth month, long rows) {
    for (long i = 0; i < rows; i++) {
      valid(month);
    }
  }

  /**
   * Counts {@code rows} valid rows of a month under their own source label, for inputs that carry several labels
   * and totals already counted (the Parquet output of the Spark job). Plain readers call {@link #valid(YearMonth)};
   * sinks that only serve them need not support this.
   *
   * @throws UnsupportedOperationException when the sink keeps one source's totals only
   */
  default void valid(String source, YearMonth month, long rows) {
    throw new UnsupportedOperationException("this sink counts the rows of one source only");
  }

  /**
   * Hears the two actors of a valid row as a reader that resolves actor names resolved them (a null country: not
   * resolved), whether or not the row is kept, so that a sink can tell how many rows with a followed country lose
   * their other actor to the dictionary. Called after {@link #valid(YearMonth)} for the same row; readers whose files
   * carry country codes (GDELT) need not call it.
   */
  default void actors(Actor first, Actor second) {}

  /**
   * Keeps one event whose two actors passed the country filter; always follows a {@link #valid} call for the same
   * row.
   *
   * @param line the 1-based line of the row in the (decompressed) file
   */
  void keep(Event event, long line);

  /**
   * Rejects one row.
   *
   * @param line the 1-based line of the row in the (decompressed) file
   * @param reason a short stable code, e.g. {@code "bad-date"}, {@code "column-count"}, {@code "unmatched-relation"}
   * @param detail what was wrong, naming the field and value
   */
  void reject(long line, String reason, String detail);
}
