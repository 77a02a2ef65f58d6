package org.strait.core.numeric;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.strait.core.Require;
import org.strait.core.SeedSequence;

/**
 * The seeded replicate loop of the Monte Carlo runs in strait (ensembles, bargaining, forecasts): replicate
 * {@code i} draws from stream {@code i} of a {@link SeedSequence} and writes only what belongs to {@code i}, so the
 * result is the same on any number of threads. {@link #run(int, int, Supplier, Task)} is the parallel loop beneath
 * it: each of {@code threads} workers takes the next task index until none is left. Work that is itself one task
 * of a pool (the fit's sampler, whose refits {@code strait verdicts --threads N} runs in a pool of N) runs its
 * replicates by {@link #inCallerPool(SeedSequence, int, Replicate)} instead, in that pool, so that the pool bounds
 * every thread (docs/decisions.md).
 */
public final class Replicates {
  /** One replicate: its index and its own stream. */
  @FunctionalInterface
  public interface Replicate<T> {
    T run(int index, SplittableRandom stream);
  }

  /** One worker's loop body: runs task {@code task} with the worker's own scratch state {@code scratch}. */
  @FunctionalInterface
  public interface Task<S> {
    void run(int task, S scratch);
  }

  private Replicates() {}

  /**
   * Runs replicates {@code 0..n-1} on {@code threads} threads, replicate {@code i} with stream {@code i} of
   * {@code seeds}, and returns their results in replicate order.
   */
  public static <T> List<T> run(SeedSequence seeds, int n, int threads, Replicate<T> replicate) {
    Require.argument(n >= 0, "replicates must be at least 0, was %s", n);
    Object[] out = new Object[n];
    run(threads, n, () -> null, (i, none) -> out[i] = replicate.run(i, seeds.stream(i)));
    return inOrder(out);
  }

  private static <T> List<T> inOrder(Object[] out) {
    List<T> results = new ArrayList<>(out.length);
    for (Object o : out) {
      @SuppressWarnings("unchecked")
      T t = (T) o;
      results.add(t);
    }
    return results;
  }

  /**
   * Runs replicates {@code 0..n-1} in the caller's ForkJoin pool (the common pool when the caller is not in one),
   * replicate {@code i} with stream {@code i} of {@code seeds}, and returns their results in replicate order: the
   * same results whatever the pool's size.
   */
  public static <T> List<T> inCallerPool(SeedSequence seeds, int n, Replicate<T> replicate) {
    return inCallerPool(n, i -> replicate.run(i, seeds.stream(i)));
  }

  /**
   * Runs tasks {@code 0..n-1} in the caller's ForkJoin pool (the common pool when the caller is not in one) and
   * returns their results in task order; task {@code i} must touch only what belongs to {@code i}.
   */
  public static <T> List<T> inCallerPool(int n, IntFunction<T> task) {
    Require.argument(n >= 0, "tasks must be at least 0, was %s", n);
    Object[] out = new Object[n];
    IntStream.range(0, n).parallel().forEach(i -> out[i] = task.apply(i));
    return inOrder(out);
  }

  /**
   * Runs tasks {@code 0..tasks-1} on {@code threads} threads (the caller's thread when 1), each worker with scratch
   * state of its own from {@code scratch}; rethrows the first failure, after which the other workers stop at the
   * end of their current task.
   */
  public static <S> void run(int threads, int tasks, Supplier<S> scratch, Task<S> task) {
    Require.argument(threads >= 1, "threads must be at least 1, was %s", threads);
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      S own = scratch.get();
      int i;
      try {
        while ((i = next.getAndIncrement()) < tasks) {
          task.run(i, own);
        }
      } catch (RuntimeException | Error e) {
        next.set(tasks);
        throw e;
      }
    };
    int n = Math.min(threads, tasks);
    if (n <= 1) {
      worker.run();
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(n - 1, r -> {
      Thread t = new Thread(r, "strait-replicates");
      t.setDaemon(true);
      return t;
    });
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
      throw new IllegalStateException("replicates interrupted", e);
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
