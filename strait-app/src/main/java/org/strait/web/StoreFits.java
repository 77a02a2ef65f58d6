package org.strait.web;

import org.strait.app.StoreCache;
import org.strait.app.StoreSpan;
import org.strait.app.Window;
import org.strait.app.fit.StoreFit;

/**
 * The fits of the server's store over its whole record, one per fit seed, kept while the store is unchanged (by
 * its {@link StoreReads#fingerprint()}, in a {@link StoreCache}), so that scenario runs on the fitted model fit once,
 * not once per run.
 */
final class StoreFits {
  private final StoreReads reads;
  private final StoreCache<StoreFit> fits = new StoreCache<>();

  StoreFits(StoreReads reads) {
    this.reads = reads;
  }

  /**
   * Returns the fit over every month the store holds events in, with {@code seed}.
   *
   * @throws ValidationException naming {@code params.fit} when the store's record is too short to fit
   */
  StoreFit fit(long seed) {
    return fits.get(reads.fingerprint(), "all|" + seed, () -> reads.read("fit the model to the store", c -> {
      try {
        Window span = StoreSpan.of(c);
        return StoreFit.run(c, span.start(), span.end(), seed);
      } catch (IllegalArgumentException e) {
        throw new ValidationException("params.fit", "the store's record cannot be fitted (" + e.getMessage()
            + "): run the scenario with fit false, on the priors");
      }
    }));
  }
}
