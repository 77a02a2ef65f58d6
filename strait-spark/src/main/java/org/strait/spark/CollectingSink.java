package org.strait.spark;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.strait.core.Event;
import org.strait.ingest.EventSink;

/** The sink of one Spark task: it holds a file's kept events, monthly totals and rejects as Spark row values. */
final class CollectingSink implements EventSink {
  private final String file;
  final List<Object[]> events = new ArrayList<>();
  final Map<String, Long> months = new TreeMap<>();
  final List<Object[]> rejects = new ArrayList<>();

  CollectingSink(String file) {
    this.file = file;
  }

  @Override
  public void valid(YearMonth month) {
    months.merge(month.toString(), 1L, Long::sum);
  }

  @Override
  public void keep(Event e, long line) {
    events.add(new Object[] {
        file, line, e.source(), e.sourceEventId(), Date.valueOf(e.date()),
        e.actor1().name(), e.actor1().country().code(), e.actor1().sector(),
        e.actor2().name(), e.actor2().country().code(), e.actor2().sector(),
        e.cameo().code(), (byte) e.cameo().root(), (byte) e.quadClass().number(), e.goldstein(),
        count(e.mentions()), count(e.sources()), count(e.articles()), Double.isNaN(e.tone()) ? null : e.tone(),
        e.month().toString()});
  }

  @Override
  public void reject(long line, String reason, String detail) {
    rejects.add(new Object[] {file, line, reason, detail == null ? "" : detail});
  }

  private static Integer count(int value) {
    return value < 0 ? null : value;
  }
}
