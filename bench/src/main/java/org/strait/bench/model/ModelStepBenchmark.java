package org.strait.bench.model;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
import org.strait.model.Drivers;
import org.strait.model.InitialState;
import org.strait.model.MechanismId;
import org.strait.model.Model;
import org.strait.model.RunSpec;
import org.strait.model.ShockSchedule;
import org.strait.model.Simulation;
import org.strait.model.mechanism.Mechanisms;

/**
 * The cost of one monthly step of the model, with no mechanism and with all twelve; a fresh seeded model replaces
 * the current one every 1,200 months.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ModelStepBenchmark {
  /** Which mechanisms are on: {@code none} or {@code all}. */
  @Param({"none", "all"})
  public String mechanisms;

  private Simulation simulation;
  private Model model;
  private long seed;

  /** Compiles the simulation and makes the first model. */
  @Setup(Level.Trial)
  public void setup() {
    EnumSet<MechanismId> on = "all".equals(mechanisms) ? EnumSet.allOf(MechanismId.class)
        : EnumSet.noneOf(MechanismId.class);
    RunSpec spec = new RunSpec(YearMonth.of(2023, 4), 1200, Mechanisms.defaults(), on, InitialState.calm(1.0),
        Drivers.neutral(), ShockSchedule.none(), List.of(), false);
    simulation = Mechanisms.simulation(spec);
    model = simulation.model(seed);
  }

  /** Simulates one month and returns the temperature. */
  @Benchmark
  public double step() {
    if (model.done()) {
      model = simulation.model(++seed);
    }
    model.step();
    return model.temperature();
  }

  /** Runs this benchmark alone. */
  public static void main(String[] args) throws RunnerException {
    new Runner(new OptionsBuilder().include(ModelStepBenchmark.class.getSimpleName()).build()).run();
  }
}
