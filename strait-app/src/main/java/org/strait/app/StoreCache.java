package org.strait.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results computed on one store's current content (fits, per training window and seed), kept while the content is
 * unchanged, so that scenarios run one after another on the fitted model (the demo, the dashboard's jobs) fit once.
 * A result for other content (another store, or the same changed) replaces them all.
 *
 * @param <T> the result's type
 */
public final class StoreCache<T> {
  private final Map<String, T> kept = new ConcurrentHashMap<>();

  /**
   * Returns the result kept for this store content and key, or computes and keeps it.
   *
   * @param store what identifies the store's current content (its path, size and modification time, or its
   *     fingerprint)
   * @param key what identifies the result on that content (e.g. the training window and the fit's seed)
   * @param compute computes the result when none is kept; never returns null
   */
  public T get(String store, String key, Supplier<T> compute) {
    String full = store + "|" + key;
    T known = kept.get(full);
    if (known != null) {
      return known;
    }
    T fresh = compute.get();
    kept.keySet().removeIf(k -> !k.startsWith(store + "|"));
    kept.put(full, fresh);
    return fresh;
  }
}
