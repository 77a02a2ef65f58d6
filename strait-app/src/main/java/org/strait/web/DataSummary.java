package org.strait.web;

import java.util.List;

/**
 * What the store holds: the files ingested, per source label their totals and spans, rejected rows by reason, and
 * the valid rows of every source per month (kept or not), all read from the store's tables.
 *
 * @param files one row per ingested file, in ingest order
 * @param sources one row per source label, sorted
 * @param rejects rejected rows per source and reason, sorted
 * @param monthly valid rows per month and source
 */
record DataSummary(List<FileRow> files, List<SourceRow> sources, List<RejectRow> rejects, SourceMonths monthly) {
  /** Copies. */
  DataSummary {
    files = List.copyOf(files);
    sources = List.copyOf(sources);
    rejects = List.copyOf(rejects);
  }

  /**
   * One ingested file. The name is the file name only: the server does not show its folders.
   *
   * @param id the store's file id
   * @param name the file name
   * @param format the reader's format
   * @param source the source label
   * @param bytes the file size
   * @param ingestedAt when it was ingested (store time)
   * @param valid rows that parsed
   * @param kept rows stored as events
   * @param rejected rows rejected
   * @param firstMonth first month with a valid row, or null
   * @param lastMonth last month with a valid row, or null
   * @param firstEvent date of the first kept event, or null
   * @param lastEvent date of the last kept event, or null
   */
  record FileRow(long id, String name, String format, String source, long bytes, String ingestedAt, long valid,
      long kept, long rejected, String firstMonth, String lastMonth, String firstEvent, String lastEvent) {}

  /**
   * The files of one source label together.
   *
   * @param source the label
   * @param files files ingested
   * @param valid rows that parsed
   * @param kept rows stored as events
   * @param rejected rows rejected
   * @param firstMonth first month with a valid row, or null
   * @param lastMonth last month with a valid row, or null
   */
  record SourceRow(String source, long files, long valid, long kept, long rejected, String firstMonth,
      String lastMonth) {}

  /**
   * Rejected rows of one source for one reason.
   *
   * @param source the label
   * @param reason the reader's reason code
   * @param rows rows rejected
   */
  record RejectRow(String source, String reason, long rows) {}

  /**
   * Valid rows per month, one series per source, over the months any source covers.
   *
   * @param months consecutive months {@code YYYY-MM}
   * @param series one series per source label, sorted
   */
  record SourceMonths(List<String> months, List<Series> series) {
    /** Copies. */
    SourceMonths {
      months = List.copyOf(months);
      series = List.copyOf(series);
    }
  }

  /**
   * One source's valid rows per month.
   *
   * @param source the label
   * @param counts rows per month, parallel to {@link SourceMonths#months()}; null outside the source's own span
   *     (not covered), 0 for a month inside it without rows
   */
  record Series(String source, List<Long> counts) {
    /** Copies, keeping nulls. */
    Series {
      counts = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(counts));
    }
  }
}
