package org.strait.bench.bargain;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.strait.bargain.BargainRun;
import org.strait.bargain.Dispute;
import org.strait.bargain.SmpOptions;
import org.strait.bargain.SpatialModel;

/** JMH: one run of KTAB's spatial model to convergence, on KTAB's 13×2 example and on a random 50×3 dispute. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SmpBenchmark {
  @Param({"13x2", "50x3"})
  public String size;

  private Dispute dispute;
  private final SpatialModel model = new SpatialModel(SmpOptions.defaults());

  /** Reads or generates the dispute. */
  @Setup
  public void setup() {
    dispute = "13x2".equals(size) ? BenchDisputes.socPolComp() : BenchDisputes.random(50, 3, 20161111L);
  }

  /** Runs the model to convergence. */
  @Benchmark
  public BargainRun runToConvergence() {
    return model.run(dispute);
  }

  /** Runs this benchmark with JMH. */
  public static void main(String[] args) throws RunnerException {
    new Runner(new OptionsBuilder().include(SmpBenchmark.class.getSimpleName()).build()).run();
  }
}
