package org.strait.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The per-row callback of an ingest that also watches the file's hash being computed on another thread: once the
 * hash is known and names a stored file, the next row stops the read, so that a duplicate costs no more than its
 * hash.
 */
final class DuplicateCheck implements Runnable {
  /** How many rows pass between two looks at the hash. */
  private static final int EVERY = 1 << 14;

  private final Future<String> hash;
  private final Set<String> known;
  private final Runnable onRow;
  private long rows;
  private boolean checked;

  DuplicateCheck(Future<String> hash, Set<String> known, Runnable onRow) {
    this.hash = hash;
    this.known = known;
    this.onRow = onRow;
  }

  @Override
  public void run() {
    onRow.run();
    look(1);
  }

  /** Hears {@code n} rows at once, as {@link #run()} does one. */
  void rows(long n) {
    for (long i = 0; i < n; i++) {
      onRow.run();
    }
    look(n);
  }

  /** Looks at the hash once {@link #EVERY} rows have passed since the last look, until it is known. */
  private void look(long n) {
    if (checked) {
      return;
    }
    rows += n;
    if (rows >= EVERY && hash.isDone()) {
      checked = true;
      if (known.contains(sha())) {
        throw new AlreadyStored();
      }
    }
    if (rows >= EVERY) {
      rows = 0;
    }
  }

  /** Waits for the hash and returns it. */
  String sha() {
    try {
      return hash.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while hashing the file", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException("cannot hash the file: " + io.getMessage(), io);
      }
      throw new StoreException("cannot hash the file: " + e.getCause(), e.getCause());
    }
  }

  /** Thrown to stop reading a file whose content is stored already. */
  static final class AlreadyStored extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AlreadyStored() {
      super("the file is stored already", null, false, false);
    }
  }
}
