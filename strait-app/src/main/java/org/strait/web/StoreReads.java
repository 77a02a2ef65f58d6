package org.strait.web;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.duckdb.DuckDBConnection;
import org.strait.store.StoreException;

/**
 * Read access to the store for concurrent requests and jobs: a fixed pool of DuckDB connections duplicated from
 * the store's own (one database instance, one connection per concurrent reader), and a cache of whole-store
 * summaries keyed by the store's fingerprint.
 *
 * <p>The fingerprint is the number of stored files and the largest file id: the store changes only by ingesting a
 * file, which adds its {@code files} row in the same transaction as its events, so a summary computed under one
 * fingerprint stays true until the fingerprint changes.
 */
final class StoreReads implements AutoCloseable {
  /** Work done on a borrowed connection. */
  @FunctionalInterface
  interface SqlWork<T> {
    T apply(Connection c) throws SQLException;
  }

  private static final long BORROW_TIMEOUT_SECONDS = 30;

  private final List<Connection> all = new ArrayList<>();
  private final BlockingQueue<Connection> idle;
  private final AtomicReference<Cached> cache = new AtomicReference<>(new Cached("", Map.of()));
  private volatile boolean closed;

  /** Opens {@code size} connections to the database of {@code store}. */
  StoreReads(Connection store, int size) {
    idle = new ArrayBlockingQueue<>(size);
    try {
      DuckDBConnection base = store.unwrap(DuckDBConnection.class);
      for (int i = 0; i < size; i++) {
        Connection c = base.duplicate();
        all.add(c);
        idle.add(c);
      }
    } catch (SQLException e) {
      close();
      throw new StoreException("cannot open read connections to the store: " + e.getMessage(), e);
    }
  }

  /** Runs {@code work} on a pooled connection; {@code purpose} completes "cannot ..." in the error message. */
  <T> T read(String purpose, SqlWork<T> work) {
    Connection c = borrow();
    try {
      return work.apply(c);
    } catch (SQLException e) {
      throw new StoreException("cannot " + purpose + ": " + e.getMessage(), e);
    } finally {
      idle.add(c);
    }
  }

  private Connection borrow() {
    if (closed) {
      throw new IllegalStateException("the store is closed");
    }
    try {
      Connection c = idle.poll(BORROW_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (c == null) {
        throw new IllegalStateException("no store connection free after " + BORROW_TIMEOUT_SECONDS + " s");
      }
      if (closed) {
        idle.add(c);
        throw new IllegalStateException("the store is closed");
      }
      return c;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a store connection", e);
    }
  }

  /** Returns the store's fingerprint: {@code files/maxFileId}. */
  String fingerprint() {
    return read("read the store's fingerprint", c -> {
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT count(*), coalesce(max(file_id), 0) FROM files")) {
        r.next();
        return r.getLong(1) + "/" + r.getLong(2);
      }
    });
  }

  /**
   * Returns the value cached under {@code key} for the current fingerprint, computing it when absent. Values are
   * immutable summaries; two threads may compute the same value once each, which is harmless.
   */
  @SuppressWarnings("unchecked")
  <T> T cached(String key, Supplier<T> compute) {
    String print = fingerprint();
    Cached now = cache.get();
    if (now.fingerprint.equals(print) && now.values.containsKey(key)) {
      return (T) now.values.get(key);
    }
    T value = compute.get();
    cache.updateAndGet(c -> (c.fingerprint.equals(print) ? c : new Cached(print, Map.of())).with(key, value));
    return value;
  }

  private record Cached(String fingerprint, Map<String, Object> values) {
    Cached with(String key, Object value) {
      Map<String, Object> next = new HashMap<>(values);
      next.put(key, value);
      return new Cached(fingerprint, Map.copyOf(next));
    }
  }

  @Override
  public void close() {
    closed = true;
    for (Connection c : all) {
      try {
        c.close();
      } catch (SQLException e) {
        // closing a duplicate of a connection whose database is going away; nothing is left to release
        continue;
      }
    }
  }
}
