package org.strait.index;

import java.util.List;
import org.strait.core.Require;

/**
 * A relation index as computed: the query, one point per period (empty periods included), the estimator's fitted
 * hyperparameters and the strait version that computed it. Immutable.
 *
 * @param query what was asked
 * @param points one point per period, in time order
 * @param sigma2 the pooled within-period variance of Goldstein scores
 * @param omega2 the between-period excess variance of a period mean (the nugget)
 * @param tau2 the variance of the level's drift from one period to the next
 * @param logLikelihood the log-likelihood at the fitted hyperparameters
 * @param version the strait version
 */
public record IndexSeries(IndexQuery query, List<IndexPoint> points, double sigma2, double omega2, double tau2,
                          double logLikelihood, String version) {
  /** Checks and copies. */
  public IndexSeries {
    Require.nonNull(query, "query");
    points = List.copyOf(points);
    Require.argument(sigma2 > 0 && omega2 >= 0 && tau2 > 0, "bad hyperparameters %s/%s/%s", sigma2, omega2, tau2);
    Require.nonNull(version, "version");
  }

  /** Returns the number of distinct events over all periods. */
  public long events() {
    return points.stream().mapToLong(IndexPoint::events).sum();
  }
}
