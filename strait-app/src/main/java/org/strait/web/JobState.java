package org.strait.web;

/** Where a job is in its life: queued → running → one of succeeded, failed, cancelled. */
enum JobState {
  /** Waiting for a pool thread. */
  QUEUED,
  /** Running on a pool thread. */
  RUNNING,
  /** Finished with a result. */
  SUCCEEDED,
  /** Finished with an error. */
  FAILED,
  /** Cancelled by the client (or by the server stopping) before it finished. */
  CANCELLED;

  /** Tells whether the job has finished, one way or another. */
  boolean finished() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }
}
