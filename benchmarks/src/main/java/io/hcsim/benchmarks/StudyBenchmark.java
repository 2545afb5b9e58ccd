package io.hcsim.benchmarks;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.simulation.study.Study;
import io.hcsim.simulation.study.StudyPoint;
import io.hcsim.simulation.study.StudyResult;
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

/**
 * A plain study of the default loop on the P7 pool, on one worker thread: every metric, the
 * validity sums, the AUC histogram and the pooled rating pairs included (the study is compiled
 * once, outside the timing). With {@code -prof gc}, the bytes allocated per study
 * ({@code gc.alloc.rate.norm}) at two candidate counts show whether anything is allocated per
 * candidate: the study's fixed tables are the same at both counts, so per-candidate allocation is
 * the difference over the difference in candidates.
 *
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar StudyBenchmark -t 1 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class StudyBenchmark {
  @Param({"10000", "100000"})
  public long candidates;

  private Study study;
  private long seed;

  @Setup(Level.Trial)
  public void setUp() throws InvalidInputException {
    Library lib = Library.bundled();
    Catalogue catalogue = lib.catalogue();
    Loop loop = lib.loop(Fixture.DEFAULT_LOOP).value();
    io.hcsim.core.level.Level target = lib.profile(Fixture.DEFAULT_PROFILE).value().targetLevel();
    List<StudyPoint> points = Study.grid(catalogue, loop, target, List.of());
    study = new Study(catalogue, loop, target, points);
  }

  @Benchmark
  public StudyResult study() {
    // A new seed each time: every study draws other candidates, as separate commands would.
    return study.run(Fixture.DEFAULT_LOOP, "default", seed++, candidates, 1, List.of(), done -> {});
  }
}
