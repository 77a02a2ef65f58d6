package org.strait.web;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Job types for the tests of the job service: one that waits for a latch, one that fails. */
final class TestJobs {
  private TestJobs() {}

  /** Waits until released or cancelled, checking its cancellation flag every 10 ms; returns "released". */
  static final class Blocking implements JobType {
    final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release;

    Blocking(CountDownLatch release) {
      this.release = release;
    }

    @Override
    public String name() {
      return "blocking";
    }

    @Override
    public String description() {
      return "Waits for the test to release it.";
    }

    @Override
    public List<ParamSpec> parameters() {
      return List.of();
    }

    @Override
    public Job create(JobParams params) {
      return context -> {
        started.countDown();
        context.progress(0, 1, "waiting");
        while (!release.await(10, TimeUnit.MILLISECONDS)) {
          if (context.cancelled()) {
            return "cancelled";
          }
        }
        context.progress(1, 1, "released");
        return "released";
      };
    }
  }

  /** Fails at once with a message. */
  static final class Failing implements JobType {
    @Override
    public String name() {
      return "failing";
    }

    @Override
    public String description() {
      return "Fails.";
    }

    @Override
    public List<ParamSpec> parameters() {
      return List.of();
    }

    @Override
    public Job create(JobParams params) {
      return context -> {
        throw new IllegalStateException("the model diverged at step 3");
      };
    }
  }
}
