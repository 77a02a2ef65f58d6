package org.strait.bench.gdelt;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.strait.core.Event;
import org.strait.ingest.EventSink;

/** A sink that only counts: the reader's own cost, without the store's. */
final class CountingSink implements EventSink {
  final Map<YearMonth, long[]> months = new HashMap<>();
  long valid;
  long kept;
  long rejected;

  @Override
  public void valid(YearMonth month) {
    valid++;
    months.computeIfAbsent(month, m -> new long[1])[0]++;
  }

  @Override
  public void keep(Event event, long line) {
    kept++;
  }

  @Override
  public void reject(long line, String reason, String detail) {
    rejected++;
  }
}
