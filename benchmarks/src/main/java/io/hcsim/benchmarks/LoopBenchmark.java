package io.hcsim.benchmarks;

import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopOutcome;
import io.hcsim.simulation.run.LoopRunner;
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
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * One full loop in summary mode, as an experiment plays it: the run key of the next run number,
 * then {@link LoopRunner#run}. Throughput in loops/s per thread count ({@code -t 1}, {@code -t 2});
 * each thread has its own runner and its own run counter (runs of different threads never
 * coincide), as the experiment's workers do.
 *
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar LoopBenchmark -t 1
 *   java -jar benchmarks/target/benchmarks.jar LoopBenchmark -t 2
 *   java -jar benchmarks/target/benchmarks.jar LoopBenchmark -t 1 -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LoopBenchmark {
  /** The default loop's candidate; the first is the bundled example. */
  @Param({"consumer-pm-to-health", "health-tech-veteran-p7", "ecommerce-pm-p6"})
  public String profile;

  @Param({Fixture.DEFAULT_LOOP})
  public String loop;

  @Param({"20240601"})
  public long seed;

  private LoopRunner runner;
  private Candidate candidate;
  private Draws draws;
  private long run;

  @Setup(Level.Trial)
  public void setUp(ThreadParams threads) {
    Fixture f = Fixture.of(loop, profile);
    runner = new LoopRunner(f.plan);
    candidate = f.candidate;
    draws = new Draws(seed);
    // Disjoint run numbers per thread, as the experiment's chunks are.
    run = (long) threads.getThreadIndex() << 40;
  }

  @Benchmark
  public void loop(Blackhole bh) {
    LoopOutcome o = runner.run(draws.runKey(run++), candidate);
    bh.consume(o.decision());
    bh.consume(o.offer());
    bh.consume(o.overallMean());
    bh.consume(o);
  }
}
