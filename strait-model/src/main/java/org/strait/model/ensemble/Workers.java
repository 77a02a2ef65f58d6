package org.strait.model.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A parallel loop over numbered tasks: each of {@code threads} workers takes the next task index until none is left.
 * Which worker runs a task never matters to a caller whose task {@code i} writes only what belongs to {@code i}.
 */
final class Workers {
  /** One worker's loop body: runs task {@code task} with the worker's own scratch state {@code scratch}. */
  interface Task<S> {
    void run(int task, S scratch);
  }

  private Workers() {}

  /**
   * Runs tasks {@code 0..tasks-1} on {@code threads} threads (the caller's thread when 1), each worker with scratch
   * state of its own from {@code scratch}; rethrows the first failure.
   */
  static <S> void run(int threads, int tasks, java.util.function.Supplier<S> scratch, Task<S> task) {
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      S own = scratch.get();
      int i;
      try {
        while ((i = next.getAndIncrement()) < tasks) {
          task.run(i, own);
        }
      } catch (RuntimeException | Error e) {
        next.set(tasks); // the others stop after their current task
        throw e;
      }
    };
    int n = Math.min(threads, tasks);
    if (n <= 1) {
      worker.run();
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(n - 1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int k = 0; k < n - 1; k++) {
        futures.add(pool.submit(worker));
      }
      worker.run();
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ensemble interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
