package org.strait.index;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.strait.core.Country;
import org.strait.core.Dyad;
import org.strait.core.Require;
import org.strait.core.Version;
import org.strait.store.StoreException;
import org.strait.store.StoreReader;

/**
 * The relation index of a pair of countries: the mean Goldstein score of the pair's distinct events per period,
 * smoothed by a local-level model so that thin periods borrow strength from their neighbours; each period's value
 * (level plus the period's own effect) and the level, each with an interval.
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
   * @throws StoreException when the store cannot be read
   */
  public static IndexSeries compute(StoreReader store, IndexQuery query) {
    Require.nonNull(store, "store");
    Require.nonNull(query, "query");
    try {
      return compute(store.connection(), query);
    } catch (SQLException e) {
      throw new StoreException("cannot compute the index " + query.seriesName() + " from " + store.path() + ": "
          + e.getMessage(), e);
    }
  }

  private static IndexSeries compute(java.sql.Connection connection, IndexQuery query) throws SQLException {
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
    PeriodAggregator.Aggregate aggregate = PeriodAggregator.read(connection, query, plan, first, end);
    return estimate(query, aggregate.periods(), aggregate.scores());
  }

  /**
   * Computes the index of every ordered pair (directed) and every unordered pair of {@code countries}, keyed by
   * {@link IndexQuery#seriesName()}, with the other settings of {@code template}.
   */
  public static Map<String, IndexSeries> computeAll(StoreReader store, List<Country> countries,
                                                     IndexQuery template) {
    Map<String, IndexSeries> all = new LinkedHashMap<>();
    for (int i = 0; i < countries.size(); i++) {
      for (int j = 0; j < countries.size(); j++) {
        if (i != j) {
          Dyad dyad = new Dyad(countries.get(i), countries.get(j));
          IndexQuery directed = new IndexQuery(dyad, true, template.from(), template.to(), template.granularity(),
              template.source(), template.weighting(), template.level());
          all.put(directed.seriesName(), compute(store, directed));
          if (i < j) {
            IndexQuery both = directed.withDirected(false);
            all.put(both.seriesName(), compute(store, both));
          }
        }
      }
    }
    return all;
  }

  /**
   * Applies the estimator to period sums made elsewhere: one entry per period, in time order, empty periods
   * included (as {@link PeriodStats#empty}). Without the events' scores, simulations draw Gaussian scores.
   */
  public static IndexSeries estimate(IndexQuery query, List<PeriodStats> periods) {
    return estimate(query, periods, new TreeMap<>());
  }

  /**
   * Applies the estimator to period sums made elsewhere, with the distribution of the events' Goldstein scores (the
   * count of events per score in tenths) that the turning points' simulations draw from.
   */
  public static IndexSeries estimate(IndexQuery query, List<PeriodStats> periods, SortedMap<Integer, Long> scores) {
    Require.nonNull(query, "query");
    List<PeriodStats> list = List.copyOf(periods);
    for (int t = 1; t < list.size(); t++) {
      Require.argument(list.get(t).start().equals(query.granularity().next(list.get(t - 1).start())),
          "periods must be consecutive %ss: %s follows %s", query.granularity().column(), list.get(t).start(),
          list.get(t - 1).start());
    }
    double sigma2 = LocalLevel.pooledVariance(list);
    double[] y = observations(list);
    double[] s = samplingVariances(list, sigma2);
    LevelModel.Parameters parameters = LevelModel.fit(y, s);
    LocalLevel.Smoothed level = LevelModel.index(y, s, parameters);
    double z = Normal.quantile(0.5 + query.level() / 2);
    List<IndexPoint> points = new ArrayList<>(list.size());
    for (int t = 0; t < list.size(); t++) {
      PeriodStats p = list.get(t);
      double levelSd = Math.sqrt(level.variance()[t]);
      double levelMean = level.mean()[t];
      PeriodValue value = PeriodValue.of(y[t], s[t], parameters.omega2(), levelMean, level.variance()[t]);
      double sd = Math.sqrt(value.variance());
      double mean = value.mean();
      double rawHalf = z * Math.sqrt(s[t]);
      double[] net = netInterval(p, z);
      points.add(new IndexPoint(p, query.granularity().label(p.start()), mean, sd, mean - z * sd, mean + z * sd,
          levelMean, levelSd, levelMean - z * levelSd, levelMean + z * levelSd,
          Double.isNaN(y[t]) ? Double.NaN : Math.min(y[t], Math.max(-10, y[t] - rawHalf)),
          Double.isNaN(y[t]) ? Double.NaN : Math.max(y[t], Math.min(10, y[t] + rawHalf)), net[0], net[1], net[2]));
    }
    return new IndexSeries(query, points, sigma2, parameters.omega2(), parameters.tau2(), parameters.shiftRate(),
        parameters.shiftVariance(), scores, Version.current());
  }

  /** Returns each period's raw mean, NaN where it has no events. */
  static double[] observations(List<PeriodStats> periods) {
    double[] y = new double[periods.size()];
    for (int t = 0; t < y.length; t++) {
      PeriodStats p = periods.get(t);
      y[t] = p.weightSum() > 0 ? p.weightedMean() : Double.NaN;
    }
    return y;
  }

  /** Returns each period's sampling variance of its mean ({@link LocalLevel#samplingVariance}), NaN where empty. */
  static double[] samplingVariances(List<PeriodStats> periods, double sigma2) {
    double[] s = new double[periods.size()];
    for (int t = 0; t < s.length; t++) {
      PeriodStats p = periods.get(t);
      s[t] = p.weightSum() > 0 ? LocalLevel.samplingVariance(p.effectiveEvents(), p.withinVariance(), sigma2)
          : Double.NaN;
    }
    return s;
  }

  /**
   * Returns the net cooperation share 2p − 1 (p the cooperative share, QuadClass 1 and 2) with Wilson's score
   * interval for p mapped the same way (Wilson 1927), which stays inside −1..1 and is not zero-width for a month
   * of one kind of event; NaN for an empty period.
   */
  static double[] netInterval(PeriodStats p, double z) {
    if (p.events() == 0) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    double n = p.events();
    double share = (p.verbalCooperation() + p.materialCooperation()) / n;
    double z2 = z * z;
    double centre = (share + z2 / (2 * n)) / (1 + z2 / n);
    double half = z / (1 + z2 / n) * Math.sqrt(share * (1 - share) / n + z2 / (4 * n * n));
    double net = 2 * share - 1;
    return new double[] {net, Math.min(net, Math.max(-1, 2 * (centre - half) - 1)),
        Math.max(net, Math.min(1, 2 * (centre + half) - 1))};
  }
}
