package org.strait.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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

  private void cachedJson(Context ctx, String key, Supplier<Object> compute) {
    json.send(ctx, key, compute);
  }

  void register(RoutesConfig routes) {
    routes.get("/api/health", this::health);
    routes.get("/api/dyads", ctx -> cachedJson(ctx, "dyads", () -> reads.read("list the dyads",
        DataQueries::dyads)));
    routes.get("/api/events/count", this::count);
    routes.get("/api/events/monthly", this::monthly);
    routes.get("/api/data", ctx -> cachedJson(ctx, "data", () -> reads.read("summarise the store",
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

  private void count(Context ctx) {
    QueryParams q = new QueryParams(ctx.queryParamMap(), COUNT_PARAMS);
    Dyad dyad = q.dyad("dyad");
    LocalDate from = q.date("from");
    LocalDate to = q.date("to");
    boolean strict = q.bool("strict", false);
    String source = q.text("source", MAX_SOURCE_LENGTH);
    q.ordered("date", from, to);
    q.check();
    EventQuery query = new EventQuery(dyad, from, to, source, strict);
    cachedJson(ctx, "count " + query, () -> {
      long n = reads.read("count events of " + dyad, c -> c.count(query));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("dyad", dyad.toString());
      body.put("from", from == null ? null : from.toString());
      body.put("to", to == null ? null : to.toString());
      body.put("strict", strict);
      body.put("source", source);
      body.put("count", n);
      return body;
    });
  }

  private void monthly(Context ctx) {
    QueryParams q = new QueryParams(ctx.queryParamMap(), COUNT_PARAMS);
    Dyad dyad = q.dyad("dyad");
    YearMonth from = q.month("from");
    YearMonth to = q.month("to");
    boolean strict = q.bool("strict", false);
    String source = q.text("source", MAX_SOURCE_LENGTH);
    q.ordered("month", from, to);
    q.span("to", from, to, MonthlyCounts.MAX_MONTHS);
    q.check();
    String key = "monthly " + dyad + " " + from + " " + to + " " + strict + " " + source;
    cachedJson(ctx, key, () -> reads.read("count events of " + dyad + " per month", c -> {
      YearMonth first = from;
      YearMonth last = to;
      if (first == null || last == null) {
        YearMonth[] extent = MonthlyCounts.extent(c, dyad, source);
        if (extent == null) {
          return new MonthlySeries(dyad.toString(), strict, source, java.util.List.of(), java.util.List.of(), 0);
        }
        first = first != null ? first : extent[0];
        last = last != null ? last : extent[1];
        if (last.isBefore(first) || RequestLimits.span(first, last) > MonthlyCounts.MAX_MONTHS) {
          throw new ValidationException("from", "with the store's span the request covers " + first + ".." + last
              + "; give from and to (at most " + MonthlyCounts.MAX_MONTHS + " months, from before to)");
        }
      }
      return strict
          ? MonthlyCounts.perMonth(c, new EventQuery(dyad, null, null, source, true), first, last, (d, t, m) -> true)
          : MonthlyCounts.grouped(c, dyad, source, first, last);
    }));
  }
}
