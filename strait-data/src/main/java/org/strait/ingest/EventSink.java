package org.strait.ingest;

import java.time.YearMonth;
import org.strait.core.Event;

/**
 * Where a reader sends what it finds in a file: every valid row is counted by month (the source's totals, which
 * indices use to normalise), kept rows are stored, and bad rows are rejected with their line and reason.
 */
public interface EventSink {
  /** Counts one valid row of the file in the month of its event, whether or not it is kept. */
  void valid(YearMonth month);

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
