package org.strait.ingest.gdelt;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.strait.core.Event;
import org.strait.ingest.EventSink;

/** A sink that records every call, and checks the reader's contract as it goes: one outcome per line, in order. */
final class RecordingSink implements EventSink {
  /** One rejection. */
  record Reject(long line, String reason, String detail) {}

  /** One kept event. */
  record Kept(Event event, long line) {}

  final Map<YearMonth, Long> months = new TreeMap<>();
  final List<Kept> kept = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();
  /** Per line, in call order: "valid" or the reject reason. */
  final Map<Long, String> outcomes = new LinkedHashMap<>();
  long valid;
  private boolean lastWasValid;
  private long pendingValid;

  @Override
  public void valid(YearMonth month) {
    months.merge(month, 1L, Long::sum);
    valid++;
    pendingValid++;
    lastWasValid = true;
  }

  @Override
  public void keep(Event event, long line) {
    if (!lastWasValid || line != outcomes.size() + pendingValid) {
      throw new AssertionError("keep of line " + line + " does not follow its valid call");
    }
    lastWasValid = false;
    kept.add(new Kept(event, line));
  }

  @Override
  public void reject(long line, String reason, String detail) {
    lastWasValid = false;
    outcome(line, reason);
    rejects.add(new Reject(line, reason, detail));
  }

  /** Records the valid calls since the last outcome against their lines; the reader calls in line order. */
  private void outcome(long line, String what) {
    long first = line - pendingValid;
    for (long l = first; l < line; l++) {
      put(l, "valid");
    }
    pendingValid = 0;
    put(line, what);
  }

  private void put(long line, String what) {
    if (outcomes.containsKey(line)) {
      throw new AssertionError("line " + line + " has two outcomes");
    }
    long expected = outcomes.size() + 1;
    if (line != expected) {
      throw new AssertionError("line " + line + " came when line " + expected + " was due");
    }
    outcomes.put(line, what);
  }

  /** Settles the valid calls after the last rejection; call once the read is over. */
  RecordingSink finish() {
    long next = outcomes.size() + 1;
    for (long i = 0; i < pendingValid; i++) {
      put(next + i, "valid");
    }
    pendingValid = 0;
    return this;
  }

  /** Returns the reject of a line, or null. */
  Reject rejectOf(long line) {
    return rejects.stream().filter(r -> r.line() == line).findFirst().orElse(null);
  }
}
