package org.strait.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.strait.core.Dyad;
import org.strait.core.Version;
import org.strait.store.EventQuery;

/** The read endpoints: health, dyads, event counts (total and per month), and what was ingested. */
final class ReadRoutes {
  private static final Set<String> COUNT_PARAMS = Set.of("dyad", "from", "to", "strict", "source");
  private static final int MAX_SOURCE_LENGTH = 200;

  private final StoreReads reads;
  private final CachedJson json;

  ReadRoutes(StoreReads reads, CachedJson json) {
    this.reads = reads;
    this.json = json;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/health", this::health);
    routes.get("/api/dyads", ctx -> json.send(ctx, "dyads", () -> reads.read("list the dyads",
        DataQueries::dyads)));
    routes.get("/api/events/count", this::count);
    routes.get("/api/events/monthly", this::monthly);
    routes.get("/api/data", ctx -> json.send(ctx, "data", () -> reads.read("summarise the store",
        DataQueries::data)));
  }

  /** Answers 200 {@code ok} when the store reads, 503 {@code failing} with the problem when it does not. */
  private void health(Context ctx) {
    StoreReads.Health health = reads.health();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", health.problem() == null ? "ok" : "failing");
    body.put("version", Version.current());
    body.put("store", health.fingerprint());
    if (health.problem() != null) {
      body.put("problem", health.problem());
    }
    ctx.status(health.problem() == null ? 200 : 503).json(body);
  }

  /**
   * The parameters the count and monthly routes share: a pair, the ends of the period (days or months, either open),
   * the strict switch and one source.
   */
  private record Filter<T>(Dyad dyad, T from, T to, boolean strict, String source) {
    /** Reads the filter from {@code q}, the ends with {@code end}; problems are noted in {@code q}. */
    static <T extends Comparable<? super T>> Filter<T> of(QueryParams q, String unit,
        BiFunction<QueryParams, String, T> end) {
      Dyad dyad = q.dyad("dyad");
      T from = end.apply(q, "from");
      T to = end.apply(q, "to");
      Filter<T> f = new Filter<>(dyad, from, to, q.bool("strict", false), q.text("source", MAX_SOURCE_LENGTH));
      q.ordered(unit, from, to);
      return f;
    }
  }

  private void count(Context ctx) {
    QueryParams q = new QueryParams(ctx.queryParamMap(), COUNT_PARAMS);
    Filter<LocalDate> f = Filter.of(q, "date", QueryParams::date);
    q.check();
    EventQuery query = new EventQuery(f.dyad(), f.from(), f.to(), f.source(), f.strict());
    json.send(ctx, "count " + query, () -> {
      long n = reads.read("count events of " + f.dyad(), c -> c.count(query));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("dyad", f.dyad().toString());
      body.put("from", f.from() == null ? null : f.from().toString());
      body.put("to", f.to() == null ? null : f.to().toString());
      body.put("strict", f.strict());
      body.put("source", f.source());
      body.put("count", n);
      return body;
    });
  }

  private void monthly(Context ctx) {
    QueryParams q = new QueryParams(ctx.queryParamMap(), COUNT_PARAMS);
    Filter<YearMonth> f = Filter.of(q, "month", QueryParams::month);
    q.span("to", f.from(), f.to(), MonthlyCounts.MAX_MONTHS);
    q.check();
    String key = "monthly " + f.dyad() + " " + f.from() + " " + f.to() + " " + f.strict() + " " + f.source();
    json.send(ctx, key, () -> reads.read("count events of " + f.dyad() + " per month", c -> {
      YearMonth first = f.from();
      YearMonth last = f.to();
      if (first == null || last == null) {
        YearMonth[] extent = MonthlyCounts.extent(c, f.dyad(), f.source());
        if (extent == null) {
          return new MonthlySeries(f.dyad().toString(), f.strict(), f.source(), java.util.List.of(),
              java.util.List.of(), 0);
        }
        first = first != null ? first : extent[0];
        last = last != null ? last : extent[1];
        if (last.isBefore(first) || RequestLimits.span(first, last) > MonthlyCounts.MAX_MONTHS) {
          throw new ValidationException("from", "with the store's span the request covers " + first + ".." + last
              + "; give from and to (at most " + MonthlyCounts.MAX_MONTHS + " months, from before to)");
        }
      }
      return f.strict()
          ? MonthlyCounts.perMonth(c, new EventQuery(f.dyad(), null, null, f.source(), true), first, last,
              (d, t, m) -> true)
          : MonthlyCounts.grouped(c, f.dyad(), f.source(), first, last);
    }));
  }
}
