package org.strait.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strait.core.Require;
import org.strait.index.Granularity;
import org.strait.index.IndexPoint;
import org.strait.index.IndexSeries;
import org.strait.index.PeriodStats;

/**
 * The index table, as {@code strait index} writes it in CSV, JSON and Parquet: one row per series and period with the
 * period's counts, Goldstein sums, QuadClass counts and shares, raw mean, net cooperation and the smoothed index with
 * its interval. Built by {@link IndexService#table}.
 *
 * @param header the column names; the second is the period column of the series' granularity ({@code month} or
 *     {@code week})
 * @param rows one row per series and period, in the order of the series and their periods, cells in header order
 */
public record IndexTable(List<String> header, List<List<Object>> rows) {
  /** Copies the header and the rows. */
  public IndexTable {
    header = List.copyOf(header);
    rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
  }

  /**
   * Returns the table of {@code series} by name, which must not be empty and must share one granularity.
   *
   * @throws IllegalArgumentException when there is no series
   */
  public static IndexTable of(Map<String, IndexSeries> series) {
    Require.argument(!series.isEmpty(), "no index series to tabulate");
    List<List<Object>> rows = new ArrayList<>();
    series.forEach((name, s) -> s.points().forEach(p -> rows.add(row(name, p))));
    return new IndexTable(header(series.values().iterator().next().query().granularity()), rows);
  }

  /** Returns the table's columns for series of {@code granularity}. */
  public static List<String> header(Granularity granularity) {
    return List.of("dyad", granularity.column(), "source", "events", "goldstein_sum", "goldstein_mean",
        "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict",
        "share_verbal_cooperation", "share_material_cooperation", "share_verbal_conflict", "share_material_conflict",
        "effective_events", "raw", "raw_lower", "raw_upper", "net_cooperation", "net_lower", "net_upper", "index",
        "sd", "lower", "upper", "level", "level_sd", "level_lower", "level_upper");
  }

  /** Returns the row of period {@code p} of the series named {@code name}, in {@link #header} order. */
  public static List<Object> row(String name, IndexPoint p) {
    PeriodStats s = p.stats();
    List<Object> row = new ArrayList<>(Arrays.asList(name, p.label(), s.source(), s.events(), s.goldsteinSum(),
        s.goldsteinMean(), s.verbalCooperation(), s.materialCooperation(), s.verbalConflict(),
        s.materialConflict()));
    for (int q = 1; q <= 4; q++) {
      row.add(s.share(q));
    }
    row.addAll(Arrays.asList(s.effectiveEvents(), p.raw(), p.rawLower(), p.rawUpper(), p.netCooperation(), p.netLower(),
        p.netUpper(), p.index(), p.sd(), p.lower(), p.upper(), p.level(), p.levelSd(), p.levelLower(),
        p.levelUpper()));
    return row;
  }

  /**
   * Returns the series named {@code name} as a JSON object: its query's level and weighting, its fitted variances and
   * shift parameters, the version and its points keyed by the table's columns (non-finite values as null).
   */
  public static Map<String, Object> json(String name, IndexSeries series) {
    List<String> header = header(series.query().granularity());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dyad", name);
    m.put("level", series.query().level());
    m.put("weighting", series.query().weighting().name().toLowerCase(Locale.ROOT));
    m.put("sigma2", series.sigma2());
    m.put("omega2", series.omega2());
    m.put("tau2", series.tau2());
    m.put("shift_rate", series.shiftRate());
    m.put("shift_variance", series.shiftVariance());
    m.put("version", series.version());
    List<Map<String, Object>> points = new ArrayList<>();
    for (IndexPoint p : series.points()) {
      List<Object> row = row(name, p);
      Map<String, Object> point = new LinkedHashMap<>();
      for (int i = 1; i < header.size(); i++) {
        Object v = row.get(i);
        point.put(header.get(i), v instanceof Double d && !Double.isFinite(d) ? null : v);
      }
      points.add(point);
    }
    m.put("points", points);
    return m;
  }
}
