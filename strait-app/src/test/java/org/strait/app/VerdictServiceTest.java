package org.strait.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Progress;

/** The verdicts use case on a store file: its windows follow the store, and a short one is refused before any fit. */
class VerdictServiceTest {
  @Test
  void run_windowsFromTheStoresSpan_tooShort_isRefusedAfterReadingTheSpanOnly(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("store.duckdb");
    HandWrittenStores.threeMonths(db);
    List<String> steps = new ArrayList<>();
    List<Window> spans = new ArrayList<>();
    Progress progress = (done, total, step) -> steps.add(step);
    assertThatThrownBy(() -> VerdictService.run(db, span -> {
      spans.add(span.get());
      return TrainTest.resolve(new Window(java.time.YearMonth.of(2014, 1), java.time.YearMonth.of(2014, 2)), null,
          span);
    }, false, 10, 1, progress.steps(VerdictsKept.steps())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the training window 2014-01..2014-02 needs at least " + org.strait.app.fit.StoreFit.MIN_MONTHS
            + " months");
    // the store holds 2014-01..2014-03; only the first step was reached
    assertThat(spans).containsExactly(new Window(java.time.YearMonth.of(2014, 1), java.time.YearMonth.of(2014, 3)));
    assertThat(steps).containsExactly("reading the store");
  }
}
