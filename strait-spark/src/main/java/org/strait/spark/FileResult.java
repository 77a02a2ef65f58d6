package org.strait.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What one task found in one file: its kept events and rejected rows as Spark row values, its monthly totals, and
 * an error when the file could not be read at all.
 *
 * @param file the file's path as Spark named it
 * @param format the format read, or null when no reader recognised the file
 * @param source the source label
 * @param events kept events, one value array per row in {@link ArchiveSchemas#EVENTS} order
 * @param months valid rows per month ({@code YYYY-MM})
 * @param rejects rejected rows in {@link ArchiveSchemas#REJECTS} order
 * @param error why the file could not be read, or null
 */
record FileResult(String file, String format, String source, List<Object[]> events, Map<String, Long> months,
    List<Object[]> rejects, String error) implements Serializable {
  private static final long serialVersionUID = 1L;

  long valid() {
    return months.values().stream().mapToLong(Long::longValue).sum();
  }
}
