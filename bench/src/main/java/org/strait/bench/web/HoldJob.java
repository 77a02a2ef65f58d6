package org.strait.bench.web;

import java.util.List;
import org.strait.web.Job;
import org.strait.web.JobParams;
import org.strait.web.JobType;
import org.strait.web.ParamSpec;

/**
 * The job type {@code hold}: holds a pool thread for a while without using the CPU, checking its cancellation flag
 * every 10 ms. The load test fills the pool and queue with it, so that the refused submissions that follow are
 * measured alone, apart from the CPU that running jobs take.
 */
final class HoldJob implements JobType {
  @Override
  public String name() {
    return "hold";
  }

  @Override
  public String description() {
    return "Holds a job thread for a given time without working (load tests only).";
  }

  @Override
  public List<ParamSpec> parameters() {
    return List.of(ParamSpec.integer("millis", 1_000, 1, 120_000, "how long to hold the thread, ms"));
  }

  @Override
  public Job create(JobParams params) {
    long millis = params.integer("millis");
    return context -> {
      long end = System.nanoTime() + millis * 1_000_000L;
      while (System.nanoTime() < end && !context.cancelled()) {
        Thread.sleep(10);
      }
      return millis;
    };
  }
}
