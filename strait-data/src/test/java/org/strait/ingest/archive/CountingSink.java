package org.strait.ingest.archive;

import java.time.YearMonth;
import org.strait.core.Event;
import org.strait.ingest.EventSink;

/** A sink that only counts its calls, for reads outside the store. */
final class CountingSink implements EventSink {
  private long calls;

  @Override
  public void valid(YearMonth month) {
    calls++;
  }

  @Override
  public void valid(String source, YearMonth month, long rows) {
    calls++;
  }

  @Override
  public void keep(Event event, long line) {
    calls++;
  }

  @Override
  public void reject(long line, String reason, String detail) {
    calls++;
  }

  /** Returns how many calls the sink received. */
  long calls() {
    return calls;
  }
}
