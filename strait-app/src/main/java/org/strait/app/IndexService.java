package org.strait.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.strait.core.Country;
import org.strait.core.Dyad;
import org.strait.index.Granularity;
import org.strait.index.IndexPoint;
import org.strait.index.IndexQuery;
import org.strait.index.IndexSeries;
import org.strait.index.RelationIndex;
import org.strait.index.TurningPointOptions;
import org.strait.index.TurningPointResult;
import org.strait.index.TurningPoints;
import org.strait.index.Weighting;
import org.strait.knowledge.Chronicle;
import org.strait.knowledge.ChronicleNotes;
import org.strait.knowledge.Knowledge;
import org.strait.store.StoreException;
import org.strait.store.StoreReader;

/**
 * The index use case: the indices of a query (one pair or every pair of some countries) and their table, as
 * {@code strait index} writes it; the Japan–South Korea relation index of the report and the demo (monthly, both
 * directions, one source per month, unweighted, 90% interval); and the turning points of any index series annotated with the
 * chronicle's events, as {@code strait turning-points}, the web's turning-point route, the report and the demo
 * give them.
 */
public final class IndexService {
  /** The pair the report and the demo are about. */
  public static final Dyad JPN_KOR = new Dyad(Country.JPN, Country.KOR);

  private IndexService() {}

  /**
   * Returns the monthly Japan–South Korea index of {@code store}, over every month it holds.
   *
   * @throws StoreException when the store cannot be read
   */
  public static IndexSeries jpnKor(StoreReader store) {
    return RelationIndex.compute(store, new IndexQuery(JPN_KOR, false, null, null, Granularity.MONTH, null,
        Weighting.NONE, IndexQuery.DEFAULT_LEVEL));
  }

  /**
   * Returns the indices {@code template} asks for, by series name: its own pair, or with {@code countries} every
   * pair of them (the template's pair is then ignored), as {@code strait index} and {@code strait turning-points}
   * compute them.
   *
   * @param countries the countries of every pair, or null for the template's pair only
   * @throws StoreException when the store cannot be read
   */
  public static Map<String, IndexSeries> compute(StoreReader store, IndexQuery template, List<Country> countries) {
    if (countries != null) {
      return RelationIndex.computeAll(store, countries, template);
    }
    return Map.of(template.seriesName(), RelationIndex.compute(store, template));
  }

  /** Returns the table of {@code series} by name, one row per series and period ({@link IndexTable}). */
  public static IndexTable table(Map<String, IndexSeries> series) {
    return IndexTable.of(series);
  }

  /** Returns {@code series} by name as JSON objects, one per series ({@link IndexTable#json}). */
  public static List<Map<String, Object>> json(Map<String, IndexSeries> series) {
    List<Map<String, Object>> list = new ArrayList<>();
    series.forEach((name, s) -> list.add(IndexTable.json(name, s)));
    return list;
  }

  /**
   * A calendar year of an index series: its events and its last point (December, or the last month of a year the
   * series ends in).
   *
   * @param year the year, {@code YYYY}
   * @param events the events of its months
   * @param last its last point
   */
  public record Year(String year, long events, IndexPoint last) {}

  /** Returns {@code series} by calendar year, in order, as the demo prints it. */
  public static List<Year> byYear(IndexSeries series) {
    Map<String, List<IndexPoint>> years = series.points().stream().collect(Collectors.groupingBy(
        p -> p.label().substring(0, 4), TreeMap::new, Collectors.toList()));
    List<Year> list = new ArrayList<>();
    years.forEach((year, points) -> list.add(new Year(year, points.stream().mapToLong(p -> p.stats().events()).sum(),
        points.get(points.size() - 1))));
    return list;
  }

  /** Returns the turning points of {@code series} with {@code options}, each with the chronicle's events of its month. */
  public static TurningPointResult turningPoints(IndexSeries series, TurningPointOptions options) {
    return turningPoints(series, options, Knowledge.standard().chronicle());
  }

  /** Returns the turning points of {@code series} with {@code options}, annotated from {@code chronicle}. */
  public static TurningPointResult turningPoints(IndexSeries series, TurningPointOptions options,
                                                 Chronicle chronicle) {
    return TurningPoints.detect(series, options, ChronicleNotes.of(chronicle, series.query().dyad()));
  }
}
