package org.strait.store;

/**
 * One file the store holds: a row of its {@code files} table.
 *
 * @param fileId the store's id of the file
 * @param path the path the file was ingested from, as it was given
 * @param sha256 the SHA-256 of its content, in hex
 * @param format the reader's format name
 * @param source the source label of its events
 * @param options the canonical text of its reading options ({@link FileOptions}), or null for a file stored before
 *     strait recorded them
 * @param valid rows that parsed
 * @param kept rows stored as events
 * @param rejected rows rejected
 * @param actors rows involving the followed countries and, of those, with both actors resolved; null for a file
 *     stored before strait recorded it
 */
public record StoredFile(long fileId, String path, String sha256, String format, String source, String options,
    long valid, long kept, long rejected, ActorCoverage actors) {
  /** Returns a one-line description: path, id, source and counts. */
  public String describe() {
    return String.format("%s (file %d, source %s, %d valid rows, %d events kept, %d rejected)", path, fileId, source,
        valid, kept, rejected);
  }
}
