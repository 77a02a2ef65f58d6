package org.strait.app;

import java.nio.file.Path;
import java.time.YearMonth;
import org.strait.model.MechanismId;
import org.strait.store.EventStore;
import org.strait.store.SavedVerdicts;
import org.strait.store.StoreReader;

/**
 * The verdict tables the demo, {@code strait verdicts} and the dashboard's job compute, kept in their store
 * ({@link SavedVerdicts}) so that the dashboard opens on the latest; and the steps a verdict run reports.
 */
public final class VerdictsKept {
  private VerdictsKept() {}

  /** Returns the steps of a verdict run: reading the store, the full fit, one refit per mechanism. */
  public static long steps() {
    return 2L + MechanismId.values().length;
  }

  /**
   * Keeps {@code json}, the verdict report's JSON document, in the store of {@code store}, computed now by this
   * strait version ({@link StoreReader#keepVerdicts}).
   *
   * @param computedBy what computed it, e.g. {@code strait verdicts}
   */
  public static SavedVerdicts keep(StoreReader store, String computedBy, YearMonth trainStart, YearMonth trainEnd,
      YearMonth testEnd, long seed, int samples, String json) {
    return store.keepVerdicts(computedBy, trainStart, trainEnd, testEnd, seed, samples, json);
  }

  /** Keeps {@code json} in the store file {@code db}, as {@link #keep(StoreReader, String, YearMonth, YearMonth,
   * YearMonth, long, int, String)} does. */
  public static SavedVerdicts keep(Path db, String computedBy, YearMonth trainStart, YearMonth trainEnd,
      YearMonth testEnd, long seed, int samples, String json) {
    try (EventStore store = EventStore.open(db)) {
      return keep(store.reader(), computedBy, trainStart, trainEnd, testEnd, seed, samples, json);
    }
  }
}
