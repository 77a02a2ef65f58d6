package org.strait.app;

import org.strait.core.Country;
import org.strait.core.Dyad;
import org.strait.index.Granularity;
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
 * The index use case: the Japan–South Korea relation index of the report and the demo (monthly, both directions,
 * one source per month, unweighted, 90% interval), and the turning points of any index series annotated with the
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
