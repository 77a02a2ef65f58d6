package org.strait.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.strait.app.IndexService;
import org.strait.core.Dyad;
import org.strait.index.IndexPoint;
import org.strait.index.IndexQuery;
import org.strait.index.IndexSeries;
import org.strait.index.Note;
import org.strait.index.RelationIndex;
import org.strait.store.StoreReader;
import org.strait.index.TurningPoint;
import org.strait.index.TurningPointOptions;
import org.strait.index.TurningPointResult;
import org.strait.index.TurningPoints;

/**
 * The index reads: {@code /api/index} (a pair's monthly relation index with its 90% interval, events and source per
 * month; {@link RelationIndex#compute}) and {@code /api/turning-points} (its changes of level, {@link TurningPoints},
 * annotated with the chronicle). Both are computed on the store, then cached as the other reads are.
 */
final class IndexRoutes {
  private static final Set<String> INDEX_PARAMS = Set.of("dyad", "from", "to", "source");
  private static final Set<String> TURN_PARAMS = Set.of("dyad", "from", "to", "source", "falseAlarmRate");
  private static final int MAX_SOURCE_LENGTH = 200;

  /**
   * A pair's monthly index.
   *
   * @param dyad the pair, e.g. {@code JPN-KOR} (both directions)
   * @param source the only source used, or null for one source per month by the store's rule
   * @param level the probability of the interval
   * @param version the strait version
   * @param events distinct events over all months
   * @param months one entry per month, empty months included; empty when the store holds no data
   * @param note why there are no months, or null
   */
  record IndexBody(String dyad, String source, double level, String version, long events, List<Month> months,
                   String note) {}

  /**
   * One month of the index.
   *
   * @param month {@code YYYY-MM}
   * @param index the month's value, the level plus the month's own effect (Goldstein points; docs/indices.md)
   * @param sd its posterior standard deviation
   * @param lower the lower end of the interval
   * @param upper the upper end of the interval
   * @param level the smoothed level of the relation
   * @param levelSd its posterior standard deviation
   * @param levelLower the lower end of the level's interval
   * @param levelUpper its upper end
   * @param raw the month's raw mean Goldstein score, null when it has no events (a gap)
   * @param rawLower the lower end of the raw mean's sampling interval, null in a gap
   * @param rawUpper its upper end, null in a gap
   * @param netCooperation the net cooperation share (−1 to 1), null in a gap
   * @param netLower the lower end of its interval, null in a gap
   * @param netUpper its upper end, null in a gap
   * @param events distinct events in the month
   * @param source the source the month's events come from, or null when none covers it
   */
  record Month(String month, double index, double sd, double lower, double upper, double level, double levelSd,
               double levelLower, double levelUpper, Double raw, Double rawLower,
               Double rawUpper, Double netCooperation, Double netLower, Double netUpper, long events,
               String source) {}

  /**
   * The turning points of a pair's index.
   *
   * @param dyad the pair
   * @param source the only source used, or null
   * @param falseAlarmRate the false turning points expected per year of data in a series without any
   * @param seed the seed of the calibration simulation
   * @param replicates the number of simulated turn-free series
   * @param threshold the calibrated auxiliary-residual threshold, or null when the series is too short
   * @param version the strait version
   * @param points the turning points in time order
   * @param note why there are none to find, or null
   */
  record TurnsBody(String dyad, String source, double falseAlarmRate, long seed, int replicates, Double threshold,
                   String version, List<Turn> points, String note) {}

  /**
   * One turning point.
   *
   * @param month the first month at the new level, or of the shock
   * @param kind {@code LEVEL} (a lasting change) or {@code SHOCK} (a one- or two-month excursion that reverts)
   * @param months the months it spans (1, or 2 for a two-month shock)
   * @param direction {@code UP} (more cooperative) or {@code DOWN}
   * @param measure {@code GOLDSTEIN} (the mean Goldstein score) or {@code NET_COOPERATION} (the net share, −1…1)
   * @param confidence 1 minus the false turning points a year at least this strong in turn-free simulations
   * @param events events in that month
   * @param before the measure's level before
   * @param after the measure's level from this month on; for a shock the mean of its months
   * @param notes the chronicle's entries within a month of it, each with its source
   */
  record Turn(String month, String kind, int months, String direction, String measure, double confidence,
              long events, double before, double after, List<NoteBody> notes) {}

  /**
   * A chronicle note.
   *
   * @param date the day {@code YYYY-MM-DD}
   * @param title what happened
   * @param source where it is documented
   */
  record NoteBody(String date, String title, String source) {}

  private final StoreReads reads;
  private final KnowledgeRoutes knowledge;
  private final CachedJson json;

  IndexRoutes(StoreReads reads, KnowledgeRoutes knowledge, CachedJson json) {
    this.reads = reads;
    this.knowledge = knowledge;
    this.json = json;
  }

  void register(io.javalin.config.RoutesConfig routes) {
    routes.get("/api/index", ctx -> {
      Request r = request(new QueryParams(ctx.queryParamMap(), INDEX_PARAMS), false);
      json.send(ctx, "index " + r.key(), () -> index(r));
    });
    routes.get("/api/turning-points", ctx -> {
      Request r = request(new QueryParams(ctx.queryParamMap(), TURN_PARAMS), true);
      json.send(ctx, "turns " + r.key() + " " + r.falseAlarmRate, () -> turns(r));
    });
  }

  private record Request(Dyad dyad, YearMonth from, YearMonth to, String source, double falseAlarmRate) {
    String key() {
      return dyad.undirected() + " " + from + " " + to + " " + source;
    }

    IndexQuery query() {
      return IndexQuery.of(dyad).withMonths(from, to).withSource(source);
    }
  }

  private static Request request(QueryParams q, boolean turns) {
    Dyad dyad = q.dyad("dyad");
    YearMonth from = q.month("from");
    YearMonth to = q.month("to");
    String source = q.text("source", MAX_SOURCE_LENGTH);
    q.ordered("month", from, to);
    q.span("to", from, to, RequestLimits.MAX_INDEX_MONTHS);
    if (dyad != null && dyad.source().equals(dyad.target())) {
      q.problem("dyad", "the two countries must differ");
    }
    double rate = TurningPointOptions.defaults().falseAlarmRate();
    String given = turns ? q.text("falseAlarmRate", 20) : null;
    if (given != null) {
      try {
        rate = Double.parseDouble(given);
        if (!(rate >= 0.001 && rate <= 12)) {
          q.problem("falseAlarmRate", "must be within 0.001..12 a year, was " + given);
        }
      } catch (NumberFormatException e) {
        q.problem("falseAlarmRate", "'" + given + "' is not a number");
      }
    }
    q.check();
    return new Request(dyad, from, to, source, rate);
  }

  /** Computes the index, or null when the store holds no data for it (an empty store, a source without events). */
  private IndexSeries series(Request r, StoreReader c) {
    RequestLimits.indexSpan(c, r.from(), r.to(), r.source());
    try {
      return RelationIndex.compute(c, r.query());
    } catch (IllegalStateException e) {
      return null;
    } catch (IllegalArgumentException e) {
      throw new ValidationException(r.source() != null && e.getMessage().contains(r.source()) ? "source" : "dyad",
          e.getMessage());
    }
  }

  private Object index(Request r) {
    IndexSeries s = reads.read("compute the index of " + r.dyad(), c -> series(r, c));
    String name = r.dyad().undirected().toString();
    double level = IndexQuery.DEFAULT_LEVEL;
    if (s == null) {
      return new IndexBody(name, r.source(), level, org.strait.core.Version.current(), 0, List.of(),
          "the store holds no events" + (r.source() == null ? "" : " of source " + r.source()));
    }
    List<Month> months = new ArrayList<>();
    for (IndexPoint p : s.points()) {
      double raw = p.raw();
      months.add(new Month(p.label(), p.index(), p.sd(), p.lower(), p.upper(), p.level(), p.levelSd(),
          p.levelLower(), p.levelUpper(), orNull(raw), orNull(p.rawLower()),
          orNull(p.rawUpper()), orNull(p.netCooperation()), orNull(p.netLower()), orNull(p.netUpper()), p.events(),
          p.stats().source()));
    }
    return new IndexBody(name, r.source(), s.query().level(), s.version(), s.events(), months, null);
  }

  private static Double orNull(double value) {
    return Double.isFinite(value) ? value : null;
  }

  private Object turns(Request r) {
    IndexSeries s = reads.read("compute the index of " + r.dyad(), c -> series(r, c));
    TurningPointOptions options = TurningPointOptions.defaults().withFalseAlarmRate(r.falseAlarmRate());
    String name = r.dyad().undirected().toString();
    if (s == null) {
      return new TurnsBody(name, r.source(), options.falseAlarmRate(), options.seed(), options.replicates(),
          null, org.strait.core.Version.current(), List.of(),
          "the store holds no events" + (r.source() == null ? "" : " of source " + r.source()));
    }
    TurningPointResult result = IndexService.turningPoints(s, options, knowledge.knowledge().chronicle());
    List<Turn> points = new ArrayList<>();
    for (TurningPoint t : result.points()) {
      List<NoteBody> notes = new ArrayList<>();
      for (Note n : t.notes()) {
        notes.add(new NoteBody(n.when(), n.title(), n.source()));
      }
      points.add(new Turn(t.label(), t.kind().name(), t.periods(), t.direction().name(), t.measure().name(),
          t.confidence(), t.events(), t.before(), t.after(), notes));
    }
    boolean tooShort = Double.isInfinite(result.threshold());
    return new TurnsBody(name, r.source(), options.falseAlarmRate(), options.seed(), options.replicates(),
        tooShort ? null : result.threshold(), result.version(), points,
        tooShort ? "too few months with events to find a turning point (at least " + TurningPoints.MIN_OBSERVED
            + ")" : null);
  }
}
