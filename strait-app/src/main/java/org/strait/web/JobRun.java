package org.strait.web;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.strait.core.Progress;
import org.strait.core.Require;
import org.strait.core.Version;

/** One submitted job and everything known about it: the task the pool runs, and the state clients read. */
final class JobRun implements Runnable, JobContext {
  private static final System.Logger LOG = System.getLogger("org.strait.web.jobs");

  private final String id;
  private final String type;
  private final Map<String, Object> params;
  private final Job job;
  private final Clock clock;
  private final String submittedAt;
  private volatile boolean cancelled;
  private JobState state = JobState.QUEUED;
  private long done;
  private long total;
  private String note;
  private String startedAt;
  private java.time.Instant started;
  private String finishedAt;
  private String error;
  private String errorId;
  private Object result;

  JobRun(String id, String type, Map<String, Object> params, Job job, Clock clock) {
    this.id = id;
    this.type = type;
    this.params = params;
    this.job = job;
    this.clock = clock;
    this.submittedAt = clock.instant().toString();
  }

  String id() {
    return id;
  }

  @Override
  public void run() {
    synchronized (this) {
      if (cancelled || state != JobState.QUEUED) {
        finish(JobState.CANCELLED);
        return;
      }
      state = JobState.RUNNING;
      started = clock.instant();
      startedAt = started.toString();
    }
    try {
      Object value = job.run(this);
      synchronized (this) {
        if (cancelled) {
          finish(JobState.CANCELLED);
        } else {
          result = value;
          finish(JobState.SUCCEEDED);
        }
      }
    } catch (Exception | Error e) { // recorded so that no job stays RUNNING forever; VM errors go on up
      String logged = UUID.randomUUID().toString();
      synchronized (this) {
        if (cancelled) {
          finish(JobState.CANCELLED);
          return;
        }
        errorId = logged;
        error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        finish(JobState.FAILED);
      }
      LOG.log(System.Logger.Level.ERROR, "job " + id + " (" + type + ") failed, error id " + logged, e);
      if (e instanceof VirtualMachineError vm) {
        throw vm;
      }
    }
  }

  private void finish(JobState end) {
    if (!state.finished()) {
      state = end;
      finishedAt = clock.instant().toString();
    }
  }

  /** Sets the cancellation flag; returns false when the job has finished already. */
  synchronized boolean cancel() {
    if (state.finished()) {
      return false;
    }
    cancelled = true;
    return true;
  }

  /** Marks a job that was taken off the queue before it ran. */
  synchronized void cancelledWhileQueued() {
    finish(JobState.CANCELLED);
  }

  @Override
  public synchronized void progress(long doneSteps, long totalSteps, String text) {
    Require.argument(totalSteps >= 1 && doneSteps >= 0 && doneSteps <= totalSteps,
        "job progress %s of %s is not within 0..total", doneSteps, totalSteps);
    done = doneSteps;
    total = totalSteps;
    note = text;
  }

  @Override
  public boolean cancelled() {
    return cancelled;
  }

  synchronized Object result() {
    return result;
  }

  synchronized JobStatus status() {
    Long secondsLeft = state != JobState.RUNNING || total == 0 ? null
        : Progress.timeLeft(java.time.Duration.between(started, clock.instant()), done, total)
            .map(java.time.Duration::toSeconds).orElse(null);
    return new JobStatus(id, type, state, done, total, note, secondsLeft, params, submittedAt, startedAt, finishedAt,
        error, errorId, Version.current());
  }
}
