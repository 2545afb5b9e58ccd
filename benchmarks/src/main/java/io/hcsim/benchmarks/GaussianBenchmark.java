package io.hcsim.benchmarks;

import io.hcsim.simulation.random.DrawSite;
import io.hcsim.simulation.random.Draws;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one standard normal draw: hcsim's addressed draw ({@link Draws#gaussian}, SplitMix64
 * of the address plus a ziggurat) against {@code ThreadLocalRandom.nextGaussian()} for contrast.
 * What it measured: docs/performance.md.
 *
 * <p>{@code addressed} and {@code threadLocalRandom} time one draw at a time (a fresh site per
 * call, so nothing can be folded). {@code addressedBatch} makes 75 independent draws of one run,
 * about as many as one loop makes, and reports the time per draw: independent draws overlap in
 * the CPU, which is how the loop runner makes them.
 *
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar GaussianBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GaussianBenchmark {
  static final int BATCH = 75;

  private long runKey;
  private long site;
  private final long[] sites = new long[BATCH];
  private final long[] pairSites = new long[(BATCH + 1) / 2];
  private final double[] drawn = new double[BATCH];
  private long run;
  private final Draws draws = new Draws(20240601L);

  @Setup
  public void setUp() {
    runKey = draws.runKey(0);
    site = DrawSite.INTERVIEW.key("bench");
    for (int i = 0; i < BATCH; i++) {
      sites[i] = DrawSite.INTERVIEW.key("round" + i / 5, "competency" + i % 5);
    }
    for (int m = 0; m < pairSites.length; m++) {
      pairSites[m] = sites[m];
    }
  }

  @Benchmark
  public double addressed() {
    return Draws.gaussian(runKey, site++);
  }

  @Benchmark
  public double threadLocalRandom() {
    return ThreadLocalRandom.current().nextGaussian();
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public double addressedBatch() {
    long key = draws.runKey(run++);
    double s = 0;
    for (int i = 0; i < BATCH; i++) {
      s += Draws.gaussian(key, sites[i]);
    }
    return s;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public double pairedBatch() {
    Draws.gaussians(draws.runKey(run++), pairSites, drawn, BATCH);
    double s = 0;
    for (int i = 0; i < BATCH; i++) {
      s += drawn[i];
    }
    return s;
  }
}
