package io.hcsim.benchmarks;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.simulation.prep.Preparation;
import io.hcsim.simulation.prep.PreparedSource;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
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

/**
 * Applying a preparation plan, as a comparison does once per run: this run's response multiplier
 * per activity, then the plan's gains on the candidate. {@code apply} alone, and a whole loop
 * with the plan applied against the same loop without it, show that the plan does not slow a loop
 * (it is applied once per run, never per rating).
 *
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar PreparationBenchmark -t 1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PreparationBenchmark {
  @Param({"balanced"})
  public String strategy;

  private PreparedSource prepared;
  private CandidateSource plain;
  private LoopRunner runner;
  private Candidate into;
  private Draws draws;
  private long run;

  @Setup(Level.Trial)
  public void setUp() {
    Fixture f = Fixture.of(Fixture.DEFAULT_LOOP, Fixture.DEFAULT_PROFILE);
    Catalogue cat = f.plan.catalogue();
    plain = CandidateSource.fixed(f.candidate);
    prepared = new PreparedSource(plain, new Preparation(cat, cat.strategies().get(strategy).plan(60)), 1.0,
        f.candidate.competencies(), cat.preparationLimits());
    runner = new LoopRunner(f.plan);
    into = new Candidate(f.candidate.competencies());
    draws = new Draws(20240601);
  }

  @Benchmark
  public void apply(Blackhole bh) {
    prepared.fill(run, draws.runKey(run++), into);
    bh.consume(into.proficiency(0));
  }

  @Benchmark
  public void loopWithPlan(Blackhole bh) {
    long key = draws.runKey(run++);
    prepared.fill(run, key, into);
    LoopOutcome o = runner.run(key, into);
    bh.consume(o.decision());
  }

  @Benchmark
  public void loopWithoutPlan(Blackhole bh) {
    long key = draws.runKey(run++);
    plain.fill(run, key, into);
    LoopOutcome o = runner.run(key, into);
    bh.consume(o.decision());
  }
}
