package org.strait.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the ingest of one file did: how many rows were valid, kept and rejected, and why rows were rejected.
 *
 * @param file the file
 * @param format the reader's format name
 * @param source the source label stored with its events
 * @param alreadyStored true when the file was in the store already and nothing was written
 * @param valid rows that parsed (kept or not)
 * @param kept rows stored as events (both actors in the country set)
 * @param rejected rows rejected
 * @param rejectsByReason rejected rows per reason code, sorted by reason
 * @param note what else the user should hear, or null: the stored file this one replaced and why, or that the stored
 *     copy's options were not recorded
 * @param actors how many valid rows involve the followed countries and have both actors resolved, or null when the
 *     store did not record it (files stored before it did)
 */
public record IngestReport(
    Path file, String format, String source, boolean alreadyStored,
    long valid, long kept, long rejected, Map<String, Long> rejectsByReason, String note, ActorCoverage actors) {
  /** Copies the reasons into a sorted, unmodifiable map. */
  public IngestReport {
    rejectsByReason = java.util.Collections.unmodifiableMap(new TreeMap<>(rejectsByReason));
  }

  /** Creates a report without a note. */
  public IngestReport(Path file, String format, String source, boolean alreadyStored, long valid, long kept,
      long rejected, Map<String, Long> rejectsByReason) {
    this(file, format, source, alreadyStored, valid, kept, rejected, rejectsByReason, null, null);
  }
}
