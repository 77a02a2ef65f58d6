package org.strait.web;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.strait.core.Country;
import org.strait.core.Dyad;
import org.strait.store.FileSummary;
import org.strait.store.PairEvents;
import org.strait.store.RejectCount;
import org.strait.store.StoreReader;

/** The documents of {@code /api/data} and {@code /api/dyads}, from the store's reads. */
final class DataQueries {
  private DataQueries() {}

  /**
   * One pair among the followed countries and its stored events in both directions.
   *
   * @param dyad the pair, its two codes in alphabetical order
   * @param events events stored
   * @param first date of the first event, or null
   * @param last date of the last event, or null
   */
  record DyadRow(String dyad, long events, String first, String last) {}

  /** Returns every pair of {@link Country#DEFAULT_SET} with its event count, pairs without events included. */
  static List<DyadRow> dyads(StoreReader store) {
    Map<String, DyadRow> found = new TreeMap<>();
    for (PairEvents p : store.pairs()) {
      String key = p.first() + "-" + p.second();
      found.put(key, new DyadRow(key, p.events(), p.firstDay(), p.lastDay()));
    }
    List<DyadRow> out = new ArrayList<>();
    List<Country> set = Country.DEFAULT_SET;
    for (int i = 0; i < set.size(); i++) {
      for (int j = i + 1; j < set.size(); j++) {
        String key = new Dyad(set.get(i), set.get(j)).undirected().toString();
        out.add(found.getOrDefault(key, new DyadRow(key, 0, null, null)));
      }
    }
    return out;
  }

  /** Returns what the store holds: files, sources, rejects and monthly valid rows. */
  static DataSummary data(StoreReader store) {
    List<DataSummary.FileRow> files = files(store);
    Map<String, long[]> totals = new TreeMap<>();
    Map<String, String[]> spans = new TreeMap<>();
    for (DataSummary.FileRow f : files) {
      long[] t = totals.computeIfAbsent(f.source(), k -> new long[4]);
      t[0]++;
      t[1] += f.valid();
      t[2] += f.kept();
      t[3] += f.rejected();
      String[] s = spans.computeIfAbsent(f.source(), k -> new String[2]);
      s[0] = min(s[0], f.firstMonth());
      s[1] = max(s[1], f.lastMonth());
    }
    List<DataSummary.SourceRow> sources = new ArrayList<>();
    totals.forEach((source, t) -> sources.add(new DataSummary.SourceRow(source, t[0], t[1], t[2], t[3],
        spans.get(source)[0], spans.get(source)[1])));
    return new DataSummary(files, sources, rejects(store), monthly(store));
  }

  private static List<DataSummary.FileRow> files(StoreReader store) {
    List<DataSummary.FileRow> out = new ArrayList<>();
    for (FileSummary f : store.fileSummaries()) {
      Path name = Path.of(f.path()).getFileName();
      out.add(new DataSummary.FileRow(f.id(), name == null ? "" : name.toString(), f.format(), f.source(), f.bytes(),
          f.ingestedAt(), f.valid(), f.kept(), f.rejected(), f.firstMonth(), f.lastMonth(), f.firstEvent(),
          f.lastEvent()));
    }
    return out;
  }

  private static List<DataSummary.RejectRow> rejects(StoreReader store) {
    List<DataSummary.RejectRow> out = new ArrayList<>();
    for (RejectCount r : store.rejects()) {
      out.add(new DataSummary.RejectRow(r.source(), r.reason(), r.rows()));
    }
    return out;
  }

  private static DataSummary.SourceMonths monthly(StoreReader store) {
    TreeMap<String, TreeMap<String, Long>> bySource = new TreeMap<>();
    String first = null;
    String last = null;
    for (Map.Entry<String, SortedMap<YearMonth, Long>> source : store.monthlyTotals().entrySet()) {
      for (Map.Entry<YearMonth, Long> month : source.getValue().entrySet()) {
        String m = month.getKey().toString();
        bySource.computeIfAbsent(source.getKey(), k -> new TreeMap<>()).put(m, month.getValue());
        first = min(first, m);
        last = max(last, m);
      }
    }
    List<String> months = new ArrayList<>();
    if (first != null) {
      MonthlyCounts.months(YearMonth.parse(first), YearMonth.parse(last)).forEach(m -> months.add(m.toString()));
    }
    List<DataSummary.Series> series = new ArrayList<>();
    bySource.forEach((source, counts) -> {
      String own0 = counts.firstKey();
      String own1 = counts.lastKey();
      List<Long> values = new ArrayList<>();
      for (String m : months) {
        boolean covered = m.compareTo(own0) >= 0 && m.compareTo(own1) <= 0;
        values.add(covered ? counts.getOrDefault(m, 0L) : null);
      }
      series.add(new DataSummary.Series(source, values));
    });
    return new DataSummary.SourceMonths(months, series);
  }

  private static String min(String a, String b) {
    return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
  }

  private static String max(String a, String b) {
    return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
  }
}
