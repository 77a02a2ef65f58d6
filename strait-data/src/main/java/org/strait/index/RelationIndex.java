package org.strait.index;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strait.core.Country;
import org.strait.core.Dyad;
import org.strait.core.Require;
import org.strait.core.Version;

/**
 * The relation index of a pair of countries: the mean Goldstein score of the pair's distinct events per period,
 * smoothed by a local-level model so that thin periods borrow strength from their neighbours, with an interval.
 * This is the one implementation the CLI, the HTTP API, the model and the Spark job use: the store path
 * ({@link #compute}) reads and sums events in DuckDB; the aggregate path ({@link #estimate}) takes period sums made
 * elsewhere (e.g. by Spark) and applies the same estimator. See docs/indices.md.
 */
public final class RelationIndex {
  private RelationIndex() {}

  /**
   * Computes the index the query asks for from a store's {@code events} and {@code source_months} tables.
   *
   * @throws IllegalArgumentException when the query names a source the store lacks or weights a source without
   *     the weights
   * @throws IllegalStateException when the store holds no data and the query gives no months
   * @throws SQLException when the store cannot be read
   */
  public static IndexSeries compute(Connection connection, IndexQuery query) throws SQLException {
    Require.nonNull(connection, "connection");
    Require.nonNull(query, "query");
    SourcePlan plan = SourcePlan.read(connection, query.source());
    YearMonth from = query.from() != null ? query.from() : plan.first();
    YearMonth to = query.to() != null ? query.to() : plan.last();
    Require.state(from != null && to != null,
        "the store holds no events%s; ingest a file or give --from and --to",
        query.source() == null ? "" : " of source " + query.source());
    Require.argument(!from.isAfter(to), "first month %s is after last month %s", from, to);
    Granularity granularity = query.granularity();
    LocalDate first = granularity.start(from.atDay(1));
    LocalDate end = granularity.next(granularity.start(to.atEndOfMonth()));
    return estimate(query, PeriodAggregator.read(connection, query, plan, first, end));
  }

  /**
   * Computes the index of every ordered pair (directed) and every unordered pair of {@code countries}, keyed by
   * {@link IndexQuery#seriesName()}, with the other settings of {@code template}.
   */
  public static Map<String, IndexSeries> computeAll(Connection connection, List<Country> countries,
                                                     IndexQuery template) throws SQLException {
    Map<String, IndexSeries> all = new LinkedHashMap<>();
    for (int i = 0; i < countries.size(); i++) {
      for (int j = 0; j < countries.size(); j++) {
        if (i != j) {
          Dyad dyad = new Dyad(countries.get(i), countries.get(j));
          IndexQuery directed = new IndexQuery(dyad, true, template.from(), template.to(), template.granularity(),
              template.source(), template.weighting(), template.level());
          all.put(directed.seriesName(), compute(connection, directed));
          if (i < j) {
            IndexQuery both = directed.withDirected(false);
            all.put(both.seriesName(), compute(connection, both));
          }
        }
      }
    }
    return all;
  }

  /**
   * Applies the estimator to period sums made elsewhere: one entry per period, in time order, empty periods
   * included (as {@link PeriodStats#empty}).
   */
  public static IndexSeries estimate(IndexQuery query, List<PeriodStats> periods) {
    Require.nonNull(query, "query");
    List<PeriodStats> list = List.copyOf(periods);
    for (int t = 1; t < list.size(); t++) {
      Require.argument(list.get(t).start().equals(query.granularity().next(list.get(t - 1).start())),
          "periods must be consecutive %ss: %s follows %s", query.granularity().column(), list.get(t).start(),
          list.get(t - 1).start());
    }
    int size = list.size();
    double[] y = new double[size];
    double[] n = new double[size];
    for (int t = 0; t < size; t++) {
      PeriodStats p = list.get(t);
      n[t] = p.weightSum() > 0 ? p.effectiveEvents() : 0;
      y[t] = n[t] > 0 ? p.weightedMean() : Double.NaN;
    }
    LocalLevel.Fit fit = LocalLevel.fit(y, n, LocalLevel.pooledVariance(list));
    double z = Normal.quantile(0.5 + query.level() / 2);
    List<IndexPoint> points = new ArrayList<>(size);
    for (int t = 0; t < size; t++) {
      double sd = Math.sqrt(fit.variance()[t]);
      double mean = fit.mean()[t];
      points.add(new IndexPoint(list.get(t), query.granularity().label(list.get(t).start()), mean, sd,
          mean - z * sd, mean + z * sd));
    }
    return new IndexSeries(query, points, fit.sigma2(), fit.omega2(), fit.tau2(), fit.logLikelihood(),
        Version.current());
  }
}
