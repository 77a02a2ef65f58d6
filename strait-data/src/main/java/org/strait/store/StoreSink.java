package org.strait.store;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.strait.core.Actor;
import org.strait.core.Country;
import org.strait.core.Event;
import org.strait.ingest.EventSink;

/**
 * The sink that writes one file's events and rejects into the store through DuckDB appenders, and counts its
 * monthly totals; everything it writes belongs to the open transaction of its ingest.
 */
final class StoreSink implements EventSink {
  private final long fileId;
  private final DuckDBAppender events;
  private final DuckDBAppender rejects;
  private final String source;
  private final Map<String, Map<YearMonth, long[]>> months = new HashMap<>();
  private final Map<String, Long> reasons = new HashMap<>();
  private final Runnable onRow;
  private final java.util.function.LongConsumer onRows;
  private long valid;
  /** The counter of the last month seen in the file's own source: rows come mostly in month order. */
  private YearMonth lastMonth;
  private long[] lastCount;
  private long kept;
  private long rejected;
  private final Set<Country> countries;
  private long involving;
  private long resolved;

  StoreSink(long fileId, String source, Set<Country> countries, DuckDBAppender events, DuckDBAppender rejects,
      DuplicateCheck onRow) {
    this.fileId = fileId;
    this.countries = countries;
    this.source = source;
    this.events = events;
    this.rejects = rejects;
    this.onRow = onRow;
    this.onRows = onRow::rows;
  }

  @Override
  public void valid(YearMonth month) {
    if (!month.equals(lastMonth)) {
      lastMonth = month;
      lastCount = months.computeIfAbsent(source, l -> new HashMap<>()).computeIfAbsent(month, m -> new long[1]);
    }
    lastCount[0]++;
    valid++;
    onRow.run();
  }

  /** Takes a block's valid rows as counts per month: readers that parse in blocks then make no call per row. */
  @Override
  public boolean countsByMonth() {
    return true;
  }

  @Override
  public void valid(YearMonth month, long rows) {
    if (!month.equals(lastMonth)) {
      lastMonth = month;
      lastCount = months.computeIfAbsent(source, l -> new HashMap<>()).computeIfAbsent(month, m -> new long[1]);
    }
    lastCount[0] += rows;
    valid += rows;
    onRows.accept(rows);
  }

  @Override
  public void valid(String label, YearMonth month, long rows) {
    valid += rows;
    months.computeIfAbsent(label, l -> new HashMap<>()).computeIfAbsent(month, m -> new long[1])[0] += rows;
    onRow.run();
  }

  @Override
  public void actors(Actor first, Actor second) {
    if (followed(first) || followed(second)) {
      involving++;
      if (first.resolved() && second.resolved()) {
        resolved++;
      }
    }
  }

  private boolean followed(Actor a) {
    return a.resolved() && countries.contains(a.country());
  }

  @Override
  public void keep(Event e, long line) {
    try {
      events.beginRow();
      events.append(fileId).append(line).append(e.source());
      text(e.sourceEventId());
      events.append(e.date());
      actor(e.actor1());
      actor(e.actor2());
      events.append(e.cameo().code()).append((byte) e.cameo().root()).append((byte) e.quadClass().number())
          .append(e.goldstein());
      count(e.mentions());
      count(e.sources());
      count(e.articles());
      if (Double.isNaN(e.tone())) {
        events.appendNull();
      } else {
        events.append(e.tone());
      }
      events.endRow();
      kept++;
    } catch (SQLException ex) {
      throw new StoreException("cannot append event of line " + line, ex);
    }
  }

  @Override
  public void reject(long line, String reason, String detail) {
    try {
      rejects.beginRow();
      rejects.append(fileId).append(line).append(reason).append(detail == null ? "" : detail);
      rejects.endRow();
    } catch (SQLException ex) {
      throw new StoreException("cannot append rejected line " + line, ex);
    }
    rejected++;
    reasons.merge(reason, 1L, Long::sum);
    onRow.run();
  }

  private void actor(Actor a) throws SQLException {
    if (!a.resolved()) {
      throw new IllegalStateException("a kept event has an unresolved actor: " + a.name());
    }
    events.append(a.name()).append(a.country().code());
    text(a.sector());
  }

  private void text(String value) throws SQLException {
    if (value == null) {
      events.appendNull();
    } else {
      events.append(value);
    }
  }

  private void count(int value) throws SQLException {
    if (value < 0) {
      events.appendNull();
    } else {
      events.append(value);
    }
  }

  Map<String, Map<YearMonth, long[]>> months() {
    return months;
  }

  Map<String, Long> reasons() {
    return reasons;
  }

  long valid() {
    return valid;
  }

  long kept() {
    return kept;
  }

  long rejected() {
    return rejected;
  }

  ActorCoverage actors() {
    return new ActorCoverage(involving, resolved);
  }
}
