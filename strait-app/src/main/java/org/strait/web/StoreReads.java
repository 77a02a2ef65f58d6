package org.strait.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.strait.store.EventStore;
import org.strait.store.StoreException;
import org.strait.store.StoreReader;

/**
 * Read access to the store for concurrent requests and jobs: a fixed pool of readers on connections of their own
 * ({@link EventStore#readers}: one database instance, one connection per concurrent reader), and a cache of read
 * results keyed by the store's fingerprint ({@link StoreReader#fingerprint}).
 *
 * <p>The fingerprint is the number of stored files and the largest file id: the store changes only by ingesting a
 * file, which adds its {@code files} row in the same transaction as its events, so a result computed under one
 * fingerprint stays true until the fingerprint changes. The fingerprint is read again at most once per
 * {@link #FINGERPRINT_TTL_NANOS} (a file ingested meanwhile shows within that time); while the server runs, DuckDB's
 * file lock keeps other processes out, so only this process can change the store. The cache holds at most
 * {@link #CACHE_BYTES} bytes of results (keys included) and starts afresh when full; a result larger than a quarter
 * of that is served but not kept.
 *
 * <p>Health: a read that fails on the store (a {@link StoreException}) is remembered until the fingerprint changes, and
 * {@link #health} reports it, next to a fresh read of the fingerprint, so that a store whose pages fail is not said to
 * be well.
 */
final class StoreReads implements AutoCloseable {
  /** Work done with a borrowed reader. */
  @FunctionalInterface
  interface ReadWork<T> {
    T apply(StoreReader reader);
  }

  private static final long BORROW_TIMEOUT_SECONDS = 30;
  /** How long a fingerprint read is trusted: one second. */
  static final long FINGERPRINT_TTL_NANOS = 1_000_000_000L;
  /** The most bytes of cached results, keys included: 64 MiB. */
  static final long CACHE_BYTES = 64L << 20;
  /** What one cache entry costs besides its key and value, in bytes (map node, array header, strings). */
  private static final int ENTRY_OVERHEAD = 96;

  /**
   * The store's state as {@link #health} found it.
   *
   * @param fingerprint the fingerprint read just now, or null when it could not be read
   * @param problem what failed (a read since the store last changed, or the fingerprint read), or null when nothing
   */
  record Health(String fingerprint, String problem) {}

  private record Failure(long at, String what) {}

  private final List<StoreReader> all = new ArrayList<>();
  private final BlockingQueue<StoreReader> idle;
  private final AtomicReference<Cached> cache = new AtomicReference<>(Cached.empty(""));
  private final long cacheBytes;
  private volatile boolean closed;
  private volatile String print;
  private volatile long printRead;
  private volatile long printChanged;
  private volatile Failure failure;

  /** Opens {@code size} readers of {@code store}, with a cache of {@link #CACHE_BYTES}. */
  StoreReads(EventStore store, int size) {
    this(store, size, CACHE_BYTES);
  }

  /** Opens {@code size} readers of {@code store}, with a cache of {@code cacheBytes}. */
  StoreReads(EventStore store, int size, long cacheBytes) {
    this.cacheBytes = cacheBytes;
    idle = new ArrayBlockingQueue<>(size);
    all.addAll(store.readers(size));
    idle.addAll(all);
  }

  /**
   * Runs {@code work} with a pooled reader; {@code purpose} completes "cannot ..." in the error message. A failure
   * of the store is remembered for {@link #health}.
   */
  <T> T read(String purpose, ReadWork<T> work) {
    StoreReader c = borrow();
    try {
      return work.apply(c);
    } catch (StoreException e) {
      failure = new Failure(System.nanoTime(), "cannot " + purpose);
      throw new StoreException("cannot " + purpose + ": " + e.getMessage(), e);
    } finally {
      idle.add(c);
    }
  }

  /**
   * Runs {@code work}, a write, with a pooled reader; its failure (e.g. on a store opened read-only) is the
   * caller's to report and says nothing of the store's health.
   */
  <T> T write(ReadWork<T> work) {
    StoreReader c = borrow();
    try {
      return work.apply(c);
    } finally {
      idle.add(c);
    }
  }

  private StoreReader borrow() {
    if (closed) {
      throw new IllegalStateException("the store is closed");
    }
    try {
      StoreReader c = idle.poll(BORROW_TIMEOUT_SECONDS, TimeUnit.SECONDS);
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
    return refresh(now);
  }

  private String refresh(long now) {
    String fresh = readFingerprint();
    if (!fresh.equals(print)) {
      printChanged = now;
    }
    printRead = now;
    print = fresh;
    return fresh;
  }

  /**
   * Reads the fingerprint afresh and returns the store's state: a problem when that read fails, or when a read has
   * failed on the store since the fingerprint last changed (the message says what the read was for; the details
   * are in the server's log).
   */
  Health health() {
    long now = System.nanoTime();
    String fresh;
    try {
      fresh = refresh(now);
    } catch (RuntimeException e) {
      return new Health(null, "cannot read the store: " + (e.getMessage() == null ? "failed" : e.getMessage()));
    }
    Failure last = failure;
    if (last != null && last.at() - printChanged >= 0) {
      return new Health(fresh, "a read failed since the store last changed: " + last.what());
    }
    return new Health(fresh, null);
  }

  private String readFingerprint() {
    return read("read the store's fingerprint", StoreReader::fingerprint);
  }

  /**
   * Returns the bytes cached under {@code key} for the current fingerprint, computing them when absent. Values are
   * never changed once cached; two threads may compute the same value once each, which is harmless.
   */
  byte[] cached(String key, Supplier<byte[]> compute) {
    String current = fingerprint();
    Cached now = cache.get();
    if (!now.fingerprint.equals(current)) {
      Cached fresh = Cached.empty(current);
      now = cache.compareAndSet(now, fresh) ? fresh : cache.get();
    }
    byte[] value = now.values.get(key);
    if (value != null) {
      return value;
    }
    value = compute.get();
    long size = value.length + 2L * key.length() + ENTRY_OVERHEAD;
    if (size > cacheBytes / 4 || !now.fingerprint.equals(current)) {
      return value;
    }
    if (now.bytes.addAndGet(size) > cacheBytes) {
      Cached fresh = Cached.empty(current);
      fresh.values.put(key, value);
      fresh.bytes.set(size);
      cache.compareAndSet(now, fresh);
    } else if (now.values.putIfAbsent(key, value) != null) {
      now.bytes.addAndGet(-size);
    }
    return value;
  }

  /** Returns the bytes the cache counts now, keys and overhead included. */
  long cachedBytes() {
    return cache.get().bytes.get();
  }

  private record Cached(String fingerprint, ConcurrentHashMap<String, byte[]> values, AtomicLong bytes) {
    static Cached empty(String fingerprint) {
      return new Cached(fingerprint, new ConcurrentHashMap<>(), new AtomicLong());
    }
  }

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
    StoreException failure = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    for (int i = 0; i < all.size(); i++) {
      try {
        StoreReader c = idle.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (c == null) {
          break;
        }
        c.close();
      } catch (StoreException e) {
        failure = failure == null ? e : failure;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
