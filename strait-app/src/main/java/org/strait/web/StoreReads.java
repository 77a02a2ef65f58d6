package org.strait.web;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.duckdb.DuckDBConnection;
import org.strait.store.StoreException;

/**
 * Read access to the store for concurrent requests and jobs: a fixed pool of DuckDB connections duplicated from
 * the store's own (one database instance, one connection per concurrent reader), and a cache of read results keyed
 * by the store's fingerprint.
 *
 * <p>The fingerprint is the number of stored files and the largest file id: the store changes only by ingesting a
 * file, which adds its {@code files} row in the same transaction as its events, so a result computed under one
 * fingerprint stays true until the fingerprint changes. The fingerprint is read again at most once per
 * {@link #FINGERPRINT_TTL_NANOS} (a file ingested meanwhile shows within that time); while the server runs, DuckDB's
 * file lock keeps other processes out, so only this process can change the store. The cache holds at most
 * {@link #CACHE_ENTRIES} results and starts afresh when full.
 */
final class StoreReads implements AutoCloseable {
  /** Work done on a borrowed connection. */
  @FunctionalInterface
  interface SqlWork<T> {
    T apply(Connection c) throws SQLException;
  }

  private static final long BORROW_TIMEOUT_SECONDS = 30;
  /** How long a fingerprint read is trusted: one second. */
  static final long FINGERPRINT_TTL_NANOS = 1_000_000_000L;
  /** The most results cached. */
  static final int CACHE_ENTRIES = 1_000;

  private final List<Connection> all = new ArrayList<>();
  private final BlockingQueue<Connection> idle;
  private final AtomicReference<Cached> cache = new AtomicReference<>(new Cached("", new ConcurrentHashMap<>()));
  private volatile boolean closed;
  private volatile String print;
  private volatile long printRead;

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

  /** Returns the store's fingerprint, {@code files/maxFileId}, as read at most one second ago. */
  String fingerprint() {
    long now = System.nanoTime();
    String known = print;
    if (known != null && now - printRead < FINGERPRINT_TTL_NANOS) {
      return known;
    }
    String fresh = readFingerprint();
    printRead = now;
    print = fresh;
    return fresh;
  }

  private String readFingerprint() {
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
   * immutable results; two threads may compute the same value once each, which is harmless.
   */
  @SuppressWarnings("unchecked")
  <T> T cached(String key, Supplier<T> compute) {
    String current = fingerprint();
    Cached now = cache.get();
    if (!now.fingerprint.equals(current) || now.values.size() >= CACHE_ENTRIES) {
      Cached fresh = new Cached(current, new ConcurrentHashMap<>());
      now = cache.compareAndSet(now, fresh) ? fresh : cache.get();
    }
    Object value = now.values.get(key);
    if (value == null) {
      value = compute.get();
      if (now.fingerprint.equals(current)) {
        now.values.put(key, value);
      }
    }
    return (T) value;
  }

  private record Cached(String fingerprint, ConcurrentHashMap<String, Object> values) {}

  /**
   * Refuses new reads and closes every connection once it is returned, waiting at most five seconds for reads
   * under way (a connection is never closed under a running query; one still out after that is left to the
   * store's own close).
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    SQLException failure = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    for (int i = 0; i < all.size(); i++) {
      try {
        Connection c = idle.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (c == null) {
          break;
        }
        c.close();
      } catch (SQLException e) {
        failure = failure == null ? e : failure;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (failure != null) {
      throw new StoreException("cannot close a read connection to the store: " + failure.getMessage(), failure);
    }
  }
}
