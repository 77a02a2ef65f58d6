package org.strait.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The query parameters' checks that several routes share. */
class QueryParamsTest {
  private static QueryParams params(String from, String to) {
    return new QueryParams(Map.of("from", List.of(from), "to", List.of(to)), Set.of("from", "to"));
  }

  @Test
  void ordered_toBeforeFrom_problemOnToNamingBothEnds() {
    QueryParams q = params("2019-08-01", "2019-07-31");
    q.ordered("date", q.date("from"), q.date("to"));
    assertThatThrownBy(q::check).isInstanceOf(ValidationException.class)
        .hasMessage("invalid request: to: date 2019-07-31 is before from 2019-08-01;");
    QueryParams m = params("2019-08", "2019-07");
    m.ordered("month", m.month("from"), m.month("to"));
    assertThatThrownBy(m::check).hasMessage("invalid request: to: month 2019-07 is before from 2019-08;");
  }

  @Test
  void ordered_sameOrLaterOrOpenEnd_noProblem() {
    QueryParams q = params("2019-07", "2019-07");
    q.ordered("month", q.month("from"), q.month("to"));
    q.ordered("month", null, q.month("to"));
    q.ordered("date", java.time.LocalDate.of(2020, 1, 1), null);
    assertThatCode(q::check).doesNotThrowAnyException();
  }
}
