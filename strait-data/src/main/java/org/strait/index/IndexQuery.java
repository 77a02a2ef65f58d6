package org.strait.index;

import java.time.YearMonth;
import org.strait.core.Dyad;
import org.strait.core.Require;

/**
 * What relation index to compute: which pair, in one direction or both, over which months, per month or week, from
 * which source, with which weights, and with what interval level. The CLI, the HTTP API, the model and the Spark job
 * all build this one record.
 *
 * @param dyad the pair; with {@code directed} false its order does not matter
 * @param directed true for events from {@code dyad.source()} to {@code dyad.target()} only, false for both directions
 * @param from the first month, or null for the first month any chosen source covers
 * @param to the last month, or null for the last month any chosen source covers
 * @param granularity months or weeks
 * @param source the only source to use, or null to choose one source per month by {@link SourcePlan}'s rule
 * @param weighting how events are weighted in the mean
 * @param level the probability of the interval, e.g. 0.90
 */
public record IndexQuery(Dyad dyad, boolean directed, YearMonth from, YearMonth to, Granularity granularity,
                         String source, Weighting weighting, double level) {
  /** The default interval level, 90%. */
  public static final double DEFAULT_LEVEL = 0.90;

  /** Checks every field. */
  public IndexQuery {
    Require.nonNull(dyad, "dyad");
    Require.nonNull(granularity, "granularity");
    Require.nonNull(weighting, "weighting");
    Require.argument(from == null || to == null || !from.isAfter(to), "--from %s is after --to %s", from, to);
    Require.argument(source == null || !source.isBlank(), "source must not be blank");
    Require.argument(level > 0 && level < 1, "interval level must be strictly between 0 and 1, was %s", level);
  }

  /** Returns the monthly, undirected, unweighted 90% query of {@code dyad} over all months and sources. */
  public static IndexQuery of(Dyad dyad) {
    return new IndexQuery(dyad, false, null, null, Granularity.MONTH, null, Weighting.NONE, DEFAULT_LEVEL);
  }

  /** Returns this query in one direction only ({@code true}) or in both. */
  public IndexQuery withDirected(boolean value) {
    return new IndexQuery(dyad, value, from, to, granularity, source, weighting, level);
  }

  /** Returns this query restricted to the months {@code first} to {@code last} (either may be null). */
  public IndexQuery withMonths(YearMonth first, YearMonth last) {
    return new IndexQuery(dyad, directed, first, last, granularity, source, weighting, level);
  }

  /** Returns this query with another granularity. */
  public IndexQuery withGranularity(Granularity value) {
    return new IndexQuery(dyad, directed, from, to, value, source, weighting, level);
  }

  /** Returns this query restricted to one source (or all, with null). */
  public IndexQuery withSource(String value) {
    return new IndexQuery(dyad, directed, from, to, granularity, value, weighting, level);
  }

  /** Returns this query with another weighting. */
  public IndexQuery withWeighting(Weighting value) {
    return new IndexQuery(dyad, directed, from, to, granularity, source, value, level);
  }

  /** Returns this query with another interval level. */
  public IndexQuery withLevel(double value) {
    return new IndexQuery(dyad, directed, from, to, granularity, source, weighting, value);
  }

  /** Returns the name of the series: {@code JPN-KOR} undirected (alphabetical), {@code JPN->KOR} directed. */
  public String seriesName() {
    return directed ? dyad.source() + "->" + dyad.target() : dyad.undirected().toString();
  }
}
