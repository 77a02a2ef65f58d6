package org.strait.ingest.quad;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.strait.core.Event;
import org.strait.ingest.EventSink;

/** A sink for tests that records everything a reader sends and checks the sink contract as it goes. */
public final class RecordingSink implements EventSink {
  /** One rejected row. */
  public record Reject(long line, String reason, String detail) {}

  /** One kept event and its line. */
  public record Kept(Event event, long line) {}

  private final Map<YearMonth, Long> validByMonth = new TreeMap<>();
  private final List<Kept> kept = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();
  private long valid;
  private boolean keepAllowed;

  @Override
  public void valid(YearMonth month) {
    validByMonth.merge(month, 1L, Long::sum);
    valid++;
    keepAllowed = true;
  }

  @Override
  public void keep(Event event, long line) {
    if (!keepAllowed) {
      throw new AssertionError("keep without a preceding valid at line " + line);
    }
    keepAllowed = false;
    kept.add(new Kept(event, line));
  }

  @Override
  public void reject(long line, String reason, String detail) {
    if (reason == null || reason.isBlank() || detail == null || detail.isBlank()) {
      throw new AssertionError("reject without reason or detail at line " + line);
    }
    keepAllowed = false;
    rejects.add(new Reject(line, reason, detail));
  }

  /** Returns the number of valid rows. */
  public long valid() {
    return valid;
  }

  /** Returns the valid rows per month. */
  public Map<YearMonth, Long> validByMonth() {
    return validByMonth;
  }

  /** Returns the kept events with their lines. */
  public List<Kept> kept() {
    return kept;
  }

  /** Returns the rejected rows. */
  public List<Reject> rejects() {
    return rejects;
  }

  /** Returns the number of rejected rows per reason. */
  public Map<String, Long> rejectsByReason() {
    return rejects.stream().collect(Collectors.groupingBy(Reject::reason, TreeMap::new, Collectors.counting()));
  }
}
