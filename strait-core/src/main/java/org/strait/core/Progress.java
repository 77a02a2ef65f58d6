package org.strait.core;

import java.time.Duration;
import java.util.Optional;

/**
 * Where a long use case (verdicts, backtest, forecast, simulate, report) reports how far it has come: the steps
 * done of all, and the step running now. The CLI renders it as a progress bar on a terminal, the web as a job's
 * status; both estimate the time left with {@link #timeLeft}.
 *
 * <p>Usage: the use case calls {@link #report} with {@code done} rising from 0 to {@code total}; it may be called
 * from worker threads, so implementations are thread-safe. A report never changes what the work computes.
 */
@FunctionalInterface
public interface Progress {
  /** Progress that goes nowhere: for tests and callers that show none. */
  Progress NONE = (done, total, step) -> { };

  /**
   * Reports that {@code done} of {@code total} steps are done and {@code step} runs now.
   *
   * @param done steps done, 0..total
   * @param total steps in all, at least 1
   * @param step what runs now (e.g. "refitting without M3"), or null
   */
  void report(long done, long total, String step);

  /**
   * Returns the estimated time left after {@code elapsed} with {@code done} of {@code total} steps done: the
   * elapsed time per step done times the steps left, empty before the first step is done.
   */
  static Optional<Duration> timeLeft(Duration elapsed, long done, long total) {
    Require.argument(total >= 1 && done >= 0 && done <= total, "progress %s of %s is not within 0..total", done,
        total);
    if (done == 0) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis(Math.round((double) elapsed.toMillis() * (total - done) / done)));
  }

  /**
   * Returns progress that counts steps for this one: {@link Steps#next} moves to the next of {@code total} steps.
   */
  default Steps steps(long total) {
    return new Steps(this, total);
  }

  /**
   * A counter of a use case's steps that reports to a {@link Progress}: {@code next("fitting")} says that the step
   * before is done and "fitting" runs now; {@link #finish} that all are done.
   */
  final class Steps {
    private final Progress progress;
    private final long total;
    private long done = -1;

    Steps(Progress progress, long total) {
      Require.argument(total >= 1, "a use case has at least one step, was %s", total);
      this.progress = Require.nonNull(progress, "progress");
      this.total = total;
    }

    /** Marks the step before as done (none before the first call) and reports {@code step} as running. */
    public synchronized void next(String step) {
      done = Math.min(total - 1, done + 1);
      progress.report(done, total, step);
    }

    /** Reports every step as done. */
    public synchronized void finish() {
      done = total;
      progress.report(total, total, "done");
    }
  }
}
