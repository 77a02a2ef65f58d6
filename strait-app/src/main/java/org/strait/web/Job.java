package org.strait.web;

/**
 * One unit of long work the API runs for a client: a scenario ensemble, a bargaining run, a count over the store.
 *
 * <p>Lifecycle: a {@link JobType} creates the job from validated parameters; the job service calls {@link #run}
 * once, on a pool thread. The job reports progress through {@link JobContext#progress}, checks
 * {@link JobContext#cancelled()} between steps and, when it is set, returns promptly (any value; it is dropped).
 * What it returns is its result, written to clients as JSON by Jackson: a record, a list, a map or a number. A job
 * that throws fails; its message is shown to the client.
 */
@FunctionalInterface
public interface Job {
  /**
   * Runs the job.
   *
   * @param context where to report progress and read the cancellation flag
   * @return the result, serialisable to JSON
   * @throws Exception when the job fails
   */
  Object run(JobContext context) throws Exception;
}
