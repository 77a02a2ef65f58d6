package org.strait.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs submitted jobs on a fixed pool of threads with a bounded queue: a submission that finds every thread busy and
 * the queue full is refused (HTTP 429) and leaves no trace. Keeps every unfinished job and the most recent
 * finished ones (older finished jobs are forgotten first), so memory stays bounded whatever the load.
 */
final class JobService implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger("org.strait.web.jobs");
  /** Most jobs {@link #list()} returns. */
  static final int LIST_LIMIT = 100;

  private final Map<String, JobType> types = new TreeMap<>();
  private final ThreadPoolExecutor pool;
  private final int threads;
  private final int queue;
  private final int retained;
  private final Clock clock;
  private final Map<String, JobRun> jobs = new LinkedHashMap<>();

  JobService(List<JobType> jobTypes, int threads, int queue, int retained, Clock clock) {
    for (JobType t : jobTypes) {
      if (types.put(t.name(), t) != null) {
        throw new IllegalArgumentException("two job types are named " + t.name());
      }
    }
    this.threads = threads;
    this.queue = queue;
    this.retained = retained;
    this.clock = clock;
    // A SynchronousQueue when no waiting is allowed: ArrayBlockingQueue needs a capacity of at least 1.
    java.util.concurrent.BlockingQueue<Runnable> waiting = queue == 0
        ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
    this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, waiting, daemonThreads(),
        new ThreadPoolExecutor.AbortPolicy());
    pool.prestartAllCoreThreads();
  }

  /** Returns the job types, sorted by name. */
  List<JobType> types() {
    return List.copyOf(types.values());
  }

  /**
   * Checks a request, creates its job and queues it.
   *
   * @throws ValidationException when the type is unknown or the parameters are invalid (all problems listed)
   * @throws ApiException 429 when every thread is busy and the queue is full
   */
  JobStatus submit(String typeName, JsonNode params) {
    JobType type = typeName == null ? null : types.get(typeName);
    if (type == null) {
      throw new ValidationException("type", (typeName == null ? "required" : "unknown job type '" + typeName + "'")
          + "; known: " + String.join(", ", types.keySet()));
    }
    JobParams checked = JobParams.check(params, type.parameters());
    Job job = type.create(checked);
    JobRun run = new JobRun(UUID.randomUUID().toString(), type.name(), checked.asMap(), job, clock);
    synchronized (this) {
      jobs.put(run.id(), run);
    }
    try {
      pool.execute(run);
    } catch (RejectedExecutionException e) {
      synchronized (this) {
        jobs.remove(run.id());
      }
      throw new ApiException(429, "the job queue is full (" + threads + " running, " + queue
          + " waiting); try again later");
    }
    forgetOldFinished();
    return run.status();
  }

  /** Returns a job's status. */
  JobStatus status(String id) {
    return find(id).status();
  }

  /** Returns a finished job's result; 409 while it runs or when it did not succeed. */
  Object result(String id) {
    JobRun run = find(id);
    JobStatus s = run.status();
    if (s.state() != JobState.SUCCEEDED) {
      throw ApiException.conflict("job " + id + " is " + s.state().name().toLowerCase(java.util.Locale.ROOT)
          + (s.state().finished() ? ": it has no result" : "; poll /api/jobs/" + id + " until it has succeeded"));
    }
    return run.result();
  }

  /** Cancels a queued or running job; 409 when it has finished already. */
  JobStatus cancel(String id) {
    JobRun run = find(id);
    if (!run.cancel()) {
      throw ApiException.conflict("job " + id + " has finished (" + run.status().state() + "); nothing to cancel");
    }
    if (pool.remove(run)) {
      run.cancelledWhileQueued();
    }
    return run.status();
  }

  /** Returns the most recent jobs, newest first. */
  synchronized List<JobStatus> list() {
    List<JobStatus> out = new ArrayList<>();
    for (JobRun run : jobs.values()) {
      out.add(run.status());
    }
    Collections.reverse(out);
    return out.subList(0, Math.min(LIST_LIMIT, out.size()));
  }

  private synchronized JobRun find(String id) {
    JobRun run = jobs.get(id);
    if (run == null) {
      throw ApiException.notFound("no job " + id);
    }
    return run;
  }

  private synchronized void forgetOldFinished() {
    long finished = jobs.values().stream().filter(r -> r.status().state().finished()).count();
    for (Iterator<JobRun> it = jobs.values().iterator(); it.hasNext() && finished > retained; ) {
      if (it.next().status().state().finished()) {
        it.remove();
        finished--;
      }
    }
  }

  /** Cancels every unfinished job and stops the threads, waiting at most a few seconds for running jobs. */
  @Override
  public void close() {
    synchronized (this) {
      jobs.values().forEach(JobRun::cancel);
    }
    pool.shutdown();
    try {
      if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.log(System.Logger.Level.WARNING, "jobs still running 5 s after stop were abandoned");
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "strait-job-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
