package org.strait.spark;

import java.io.Serializable;
import java.util.List;
import org.strait.core.Country;
import org.strait.core.Require;

/**
 * What the archive job reads and writes.
 *
 * @param inputs paths or globs Spark reads (local, HDFS, S3), comma-joined into one {@code binaryFiles} call
 * @param out the output folder; it must not exist
 * @param format the format of every file, or null to detect each from its content
 * @param source the source label of every event, or null for the name of each file's folder
 * @param countries ISO3 codes of the kept countries
 * @param partitions the minimum number of input partitions
 */
public record ArchiveSettings(List<String> inputs, String out, String format, String source, List<String> countries,
    int partitions) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Checks and copies. */
  public ArchiveSettings {
    inputs = List.copyOf(inputs);
    Require.argument(!inputs.isEmpty(), "name at least one input path");
    Require.argument(out != null && !out.isBlank(), "name the output folder");
    countries = List.copyOf(countries);
    countries.forEach(Country::of);
    Require.argument(partitions >= 1, "partitions must be at least 1, was %s", partitions);
  }
}
