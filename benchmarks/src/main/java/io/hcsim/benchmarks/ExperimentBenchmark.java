package io.hcsim.benchmarks;

import io.hcsim.simulation.experiment.Accumulator;
import io.hcsim.simulation.experiment.Experiment;
import io.hcsim.simulation.experiment.Settings;
import io.hcsim.simulation.run.CandidateSource;
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

/**
 * A whole experiment of the bundled example: {@code runs} loops on {@code threads} worker threads,
 * chunking, tallying and merging included (the plan is compiled once, outside the timing). Time
 * per experiment in ms; loops/s = runs / time. Run it with JMH's own {@code -t 1}: the experiment
 * starts its own workers.
 *
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar ExperimentBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ExperimentBenchmark {
  @Param({"1", "2"})
  public int threads;

  @Param({"1000000"})
  public long runs;

  @Param({Fixture.DEFAULT_PROFILE})
  public String profile;

  private Fixture fixture;
  private long seed;

  @Setup(Level.Trial)
  public void setUp() {
    fixture = Fixture.of(Fixture.DEFAULT_LOOP, profile);
  }

  @Benchmark
  public Accumulator experiment() {
    // A new seed each time: every experiment plays different loops, as separate commands would.
    Settings settings = Settings.runs(seed++, runs, threads);
    return new Experiment(fixture.plan, CandidateSource.fixed(fixture.candidate), settings).run();
  }
}
