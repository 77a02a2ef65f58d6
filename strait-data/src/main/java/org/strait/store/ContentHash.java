package org.strait.store;

import java.nio.file.Path;
import java.util.concurrent.Future;
import org.strait.ingest.EventReader;

/**
 * The content hash of one file (its SHA-256, the store's identity of a file) being computed on a thread of its own,
 * started before the store is open ({@link EventStore#startHash}) so that hashing runs beside the store's start-up
 * (DuckDB's native library, the store's schema) instead of after it; an {@link EventStore#ingest} of the same file
 * and reader takes it over.
 */
public final class ContentHash {
  private final Path file;
  private final EventReader reader;
  private final Future<String> hash;

  ContentHash(Path file, EventReader reader, Future<String> hash) {
    this.file = file;
    this.reader = reader;
    this.hash = hash;
  }

  /** Tells whether this is the hash of this file as this reader reads it ({@link EventReader#contentFiles}). */
  boolean of(Path file, EventReader reader) {
    return this.file.equals(file) && this.reader == reader;
  }

  Future<String> future() {
    return hash;
  }

  /** Stops hashing when it is no longer needed (the ingest of its file did not happen); harmless once done. */
  public void cancel() {
    hash.cancel(true);
  }
}
