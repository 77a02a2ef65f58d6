package org.strait.spark;

import java.util.List;

/**
 * What an archive run read: per file, its format, source and counts; and the files it could not read.
 *
 * @param files one entry per input file: path, format, source, valid, kept, rejected, error
 * @param valid valid rows of all files
 * @param kept kept events of all files
 * @param rejected rejected rows of all files
 */
public record ArchiveSummary(List<FileRow> files, long valid, long kept, long rejected) {
  /** Copies. */
  public ArchiveSummary {
    files = List.copyOf(files);
  }

  /** Returns the messages of the files that could not be read, each naming its file. */
  public List<String> errors() {
    return files.stream().filter(f -> f.error() != null).map(f -> f.file() + ": " + f.error()).toList();
  }

  /**
   * One input file's outcome.
   *
   * @param file the path
   * @param format the format read, or null
   * @param source the source label
   * @param valid valid rows
   * @param kept kept events
   * @param rejected rejected rows
   * @param error why it could not be read, or null
   */
  public record FileRow(String file, String format, String source, long valid, long kept, long rejected,
      String error) {}
}
