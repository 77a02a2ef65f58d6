package org.strait.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the driver needs of one file's {@link FileResult}: its counts and monthly totals without the rows themselves.
 *
 * @param file the file's path as Spark named it
 * @param format the format read, or null
 * @param source the source label
 * @param months valid rows per month ({@code YYYY-MM})
 * @param kept kept events
 * @param rejected rejected rows
 * @param error why the file could not be read, or null
 */
record FileCounts(String file, String format, String source, Map<String, Long> months, long kept, long rejected,
    String error) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Copies the months into a sorted map. */
  FileCounts {
    months = new TreeMap<>(months);
  }

  static FileCounts of(FileResult r) {
    return new FileCounts(r.file(), r.format(), r.source(), r.months(), r.events().size(), r.rejects().size(),
        r.error());
  }
}
