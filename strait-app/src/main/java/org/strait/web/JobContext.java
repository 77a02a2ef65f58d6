package org.strait.web;

/** What a running {@link Job} sees of its service: a progress callback and a cancellation flag. */
public interface JobContext {
  /**
   * Reports progress: {@code done} of {@code total} steps, with a short note (e.g. the month or replicate).
   *
   * @param done steps done, 0..total
   * @param total steps in all, at least 1
   * @param note what was just done, or null
   */
  void progress(long done, long total, String note);

  /** Tells whether the client cancelled the job (or the server is stopping); the job should then return. */
  boolean cancelled();

  /**
   * Returns this context as the use cases' {@link org.strait.core.Progress}: each report goes to {@link #progress},
   * after a check that throws {@link java.util.concurrent.CancellationException} once the job is cancelled, so that
   * a long use case stops at its next step.
   */
  default org.strait.core.Progress cancellable() {
    return (done, total, step) -> {
      if (cancelled()) {
        throw new java.util.concurrent.CancellationException("cancelled");
      }
      progress(done, total, step);
    };
  }
}
