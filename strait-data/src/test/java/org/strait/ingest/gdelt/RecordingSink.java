package org.strait.ingest.gdelt;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.strait.core.Event;
import org.strait.ingest.EventSink;

/**
 * A sink that records every call, and checks the reader's contract as it goes: one outcome per line, in order. One
 * {@link #byMonth() counting by month} checks that keeps and rejects come in line order, and records no outcomes.
 */
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
  private final boolean byMonth;
  /** The line of the last keep or reject, in a sink counting by month. */
  private long lastLine;

  /** A sink that hears one valid call per row. */
  RecordingSink() {
    this(false);
  }

  private RecordingSink(boolean byMonth) {
    this.byMonth = byMonth;
  }

  /** Returns a sink that takes valid rows counted by month ({@link EventSink#countsByMonth()}). */
  static RecordingSink byMonth() {
    return new RecordingSink(true);
  }

  @Override
  public boolean countsByMonth() {
    return byMonth;
  }

  @Override
  public void valid(YearMonth month, long rows) {
    if (!byMonth) {
      throw new AssertionError("counts by month sent to a sink that does not take them");
    }
    months.merge(month, rows, Long::sum);
    valid += rows;
  }

  /** In a sink counting by month: checks that keeps and rejects come in line order, one per line at most. */
  private void inOrder(long line) {
    if (line <= lastLine) {
      throw new AssertionError("line " + line + " came after line " + lastLine);
    }
    lastLine = line;
  }

  @Override
  public void valid(YearMonth month) {
    if (byMonth) {
      throw new AssertionError("a valid call per row sent to a sink that counts by month");
    }
    months.merge(month, 1L, Long::sum);
    valid++;
    pendingValid++;
    lastWasValid = true;
  }

  @Override
  public void keep(Event event, long line) {
    if (byMonth) {
      inOrder(line);
      kept.add(new Kept(event, line));
      return;
    }
    if (!lastWasValid || line != outcomes.size() + pendingValid) {
      throw new AssertionError("keep of line " + line + " does not follow its valid call");
    }
    lastWasValid = false;
    kept.add(new Kept(event, line));
  }

  @Override
  public void reject(long line, String reason, String detail) {
    if (byMonth) {
      inOrder(line);
      rejects.add(new Reject(line, reason, detail));
      return;
    }
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
