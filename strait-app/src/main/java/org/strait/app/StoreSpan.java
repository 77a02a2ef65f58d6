package org.strait.app;

import org.strait.store.EventStore;
import org.strait.store.StoreException;
import org.strait.store.StoreReader;

/** The months a store holds events in: the default window of the fit, the forecast, the verdicts and the demo. */
public final class StoreSpan {
  private StoreSpan() {}

  /**
   * Returns the first and last month the store holds events in.
   *
   * @throws IllegalArgumentException when the store holds no event
   * @throws StoreException when the store cannot be read
   */
  public static Window of(EventStore store) {
    return of(store.reader());
  }

  /** Returns the first and last month {@code store} holds events in, as {@link #of(EventStore)}. */
  public static Window of(StoreReader store) {
    return store.eventMonths().map(s -> new Window(s.first(), s.last())).orElseThrow(() ->
        new IllegalArgumentException("the store holds no events, so there is nothing to fit: ingest event files into"
            + " it first (strait ingest)"));
  }
}
