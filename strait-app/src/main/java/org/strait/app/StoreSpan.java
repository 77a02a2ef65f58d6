package org.strait.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import org.strait.app.fit.StoreFit;
import org.strait.store.EventStore;
import org.strait.store.StoreException;

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
    return of(store.connection());
  }

  /** Returns the first and last month the store behind {@code c} holds events in, as {@link #of(EventStore)}. */
  public static Window of(Connection c) {
    try {
      YearMonth[] span = StoreFit.span(c);
      return new Window(span[0], span[1]);
    } catch (SQLException e) {
      throw new StoreException("cannot read the store's span: " + e.getMessage(), e);
    }
  }
}
