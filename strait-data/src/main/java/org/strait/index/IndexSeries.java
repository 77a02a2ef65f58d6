package org.strait.index;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.strait.core.Require;

/**
 * A relation index as computed: the query, one point per period (empty periods included), the level model's
 * fitted parameters, the events' Goldstein scores and the strait version that computed it. Immutable.
 *
 * @param query what was asked
 * @param points one point per period, in time order
 * @param sigma2 the pooled within-period variance of Goldstein scores
 * @param omega2 the between-period excess variance of a period mean (the nugget)
 * @param tau2 the variance of the level's ordinary drift from one period to the next
 * @param shiftRate the share of periods with a level shift
 * @param shiftVariance the mean square of a level shift
 * @param scores the number of distinct events per Goldstein score in tenths (e.g. -100 for -10.0) over the periods
 *     used; empty when the index was made from sums (then simulations draw Gaussian scores)
 * @param version the strait version
 */
public record IndexSeries(IndexQuery query, List<IndexPoint> points, double sigma2, double omega2, double tau2,
                          double shiftRate, double shiftVariance, SortedMap<Integer, Long> scores,
                          String version) {
  /** Checks and copies. */
  public IndexSeries {
    Require.nonNull(query, "query");
    points = List.copyOf(points);
    Require.argument(sigma2 > 0 && omega2 >= 0 && tau2 > 0 && shiftRate >= 0 && shiftRate < 1
        && shiftVariance > 0, "bad parameters %s/%s/%s/%s/%s", sigma2, omega2, tau2, shiftRate, shiftVariance);
    scores = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(scores));
    Require.nonNull(version, "version");
  }

  /** Returns the number of distinct events over all periods. */
  public long events() {
    return points.stream().mapToLong(IndexPoint::events).sum();
  }
}
