package org.strait.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.strait.core.Dyad;
import org.strait.store.EventQuery;

/**
 * The job type {@code monthly-counts}: counts a pair's stored events month by month, one store query per month, so
 * that it reports progress and can be cancelled between months. The months default to the span of the pair's
 * events in the store; at most {@link MonthlyCounts#MAX_MONTHS} per request.
 */
final class MonthlyCountsJob extends NamedJobType {
  static final String NAME = "monthly-counts";

  private final StoreReads reads;

  MonthlyCountsJob(StoreReads reads) {
    super(NAME, "Counts the stored events of a pair of countries (both directions) in every month of a span.");
    this.reads = reads;
  }

  @Override
  public List<ParamSpec> parameters() {
    return List.of(
        ParamSpec.dyad("dyad", "the pair, e.g. JPN-KOR"),
        ParamSpec.month("from", "first month YYYY-MM; default: the month of the pair's first stored event"),
        ParamSpec.month("to", "last month YYYY-MM; default: the month of the pair's last stored event"),
        ParamSpec.bool("strict", false, "count only events between the two country entities themselves"),
        ParamSpec.text("source", 200, "only events of this source label; default: every source"));
  }

  @Override
  public Job create(JobParams params) {
    Dyad dyad = params.dyad("dyad");
    String source = params.text("source");
    YearMonth from = params.month("from");
    YearMonth to = params.month("to");
    if (from == null || to == null) {
      YearMonth[] extent = reads.read("find the span of " + dyad, c -> MonthlyCounts.extent(c, dyad, source));
      if (extent == null) {
        List<FieldProblem> missing = new ArrayList<>();
        for (String field : List.of("from", "to")) {
          if (params.month(field) == null) {
            missing.add(new FieldProblem("params." + field, "the store has no " + dyad
                + " events to take a default from; give the month"));
          }
        }
        throw new ValidationException(missing);
      }
      from = from != null ? from : extent[0];
      to = to != null ? to : extent[1];
    }
    check(from, to);
    EventQuery query = new EventQuery(dyad, null, null, source, params.bool("strict"));
    YearMonth first = from;
    YearMonth last = to;
    return context -> reads.read("count " + dyad + " per month", c -> MonthlyCounts.perMonth(c, query, first,
        last, (done, total, month) -> {
          context.progress(done, total, month.toString());
          return !context.cancelled();
        }));
  }

  private static void check(YearMonth from, YearMonth to) {
    if (to.isBefore(from)) {
      throw new ValidationException("params.to", "month " + to + " is before params.from " + from);
    }
    String problem = RequestLimits.spanProblem(from, to, MonthlyCounts.MAX_MONTHS);
    if (problem != null) {
      throw new ValidationException("params.to", problem);
    }
  }
}
