package org.strait.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.strait.app.fit.StoreFit;

/**
 * The fits of the server's store over its whole record, one per fit seed, kept while the store is unchanged (by
 * its {@link StoreReads#fingerprint()}), so that scenario runs on the fitted model fit once, not once per run.
 */
final class StoreFits {
  private final StoreReads reads;
  private final ConcurrentMap<String, StoreFit> fits = new ConcurrentHashMap<>();

  StoreFits(StoreReads reads) {
    this.reads = reads;
  }

  /**
   * Returns the fit over every month the store holds events in, with {@code seed}.
   *
   * @throws ValidationException naming {@code params.fit} when the store's record is too short to fit
   */
  StoreFit fit(long seed) {
    String key = reads.fingerprint() + "|" + seed;
    StoreFit known = fits.get(key);
    if (known != null) {
      return known;
    }
    StoreFit fresh = reads.read("fit the model to the store", c -> {
      java.time.YearMonth[] span;
      try {
        span = StoreFit.span(c);
        return StoreFit.run(c, span[0], span[1], seed);
      } catch (IllegalArgumentException e) {
        throw new ValidationException("params.fit", "the store's record cannot be fitted (" + e.getMessage()
            + "): run the scenario with fit false, on the priors");
      }
    });
    fits.keySet().removeIf(k -> !k.startsWith(reads.fingerprint() + "|"));
    fits.put(key, fresh);
    return fresh;
  }
}
