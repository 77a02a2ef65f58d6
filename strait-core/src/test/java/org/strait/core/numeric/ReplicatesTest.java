package org.strait.core.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.strait.core.SeedSequence;

class ReplicatesTest {
  @Test
  void run_replicateIOnStreamI_sameOnAnyThreadCount() {
    SeedSequence seeds = new SeedSequence(42);
    List<Long> one = Replicates.run(seeds, 50, 1, (i, rng) -> rng.nextLong());
    assertThat(Replicates.run(seeds, 50, 2, (i, rng) -> rng.nextLong())).isEqualTo(one);
    assertThat(Replicates.run(seeds, 50, 7, (i, rng) -> rng.nextLong())).isEqualTo(one);
    for (int i = 0; i < 50; i++) {
      assertThat(one.get(i)).isEqualTo(new SeedSequence(42).stream(i).nextLong());
    }
    assertThat(Replicates.run(seeds, 0, 3, (i, rng) -> i)).isEmpty();
  }

  @Test
  void run_everyTaskOnceWithScratchPerWorker() {
    int[] seen = new int[1000];
    AtomicInteger scratches = new AtomicInteger();
    Replicates.run(4, seen.length, scratches::incrementAndGet, (task, scratch) -> seen[task]++);
    assertThat(seen).containsOnly(1);
    assertThat(scratches.get()).isBetween(1, 4);
  }

  @Test
  void run_failureOfOneTaskIsRethrown() {
    assertThatThrownBy(() -> Replicates.run(3, 100, () -> null, (task, none) -> {
      if (task == 37) {
        throw new IllegalArgumentException("task 37 failed");
      }
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("task 37 failed");
    assertThatThrownBy(() -> Replicates.run(0, 1, () -> null, (task, none) -> { }))
        .hasMessageContaining("threads must be at least 1");
  }

  @Test
  void inCallerPool_replicateIOnStreamI_sameOnAnyPoolSize_andOnlyInThatPool() throws Exception {
    SeedSequence seeds = new SeedSequence(42);
    List<Long> own = Replicates.run(seeds, 50, 1, (i, rng) -> rng.nextLong());
    for (int size : new int[] {1, 2, 5}) {
      ForkJoinPool pool = new ForkJoinPool(size);
      try {
        Set<Object> pools = ConcurrentHashMap.newKeySet();
        List<Long> got = pool.submit(() -> Replicates.inCallerPool(seeds, 50, (i, rng) -> {
          Thread t = Thread.currentThread();
          pools.add(t instanceof ForkJoinWorkerThread w ? w.getPool() : t);
          return rng.nextLong();
        })).get();
        assertThat(got).isEqualTo(own);
        assertThat(pools).containsExactly(pool);
      } finally {
        pool.shutdownNow();
      }
    }
    assertThat(Replicates.inCallerPool(seeds, 50, (i, rng) -> rng.nextLong())).isEqualTo(own);
    assertThat(Replicates.inCallerPool(0, i -> i)).isEmpty();
    assertThatThrownBy(() -> Replicates.inCallerPool(-1, i -> i)).hasMessageContaining("tasks must be at least 0");
  }
}
