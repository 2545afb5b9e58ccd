package io.hcsim.benchmarks;

import com.sun.management.ThreadMXBean;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.simulation.study.Study;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The bytes one plain study allocates on one worker (the calling thread), at 20,000 and at
 * 200,000 candidates, after a warm-up: equal figures mean nothing is allocated per candidate
 * (JMH's {@code gc.alloc.rate.norm} says the same with the profiler's own noise on top).
 *
 * <pre>
 *   java -cp benchmarks/target/benchmarks.jar io.hcsim.benchmarks.StudyAllocation [LOOP]
 * </pre>
 */
public final class StudyAllocation {
  private StudyAllocation() {}

  public static void main(String[] args) throws Exception {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    Library lib = Library.bundled();
    Catalogue catalogue = lib.catalogue();
    Loop loop = lib.loop(args.length > 0 ? args[0] : Fixture.DEFAULT_LOOP).value();
    io.hcsim.core.level.Level target = lib.profile(Fixture.DEFAULT_PROFILE).value().targetLevel();
    Study study = new Study(catalogue, loop, target, Study.grid(catalogue, loop, target, List.of()));
    for (int i = 0; i < 5; i++) {
      study.run(loop.id(), loop.name(), 100 + i, 50_000, 1, List.of(), done -> {});
    }
    long id = Thread.currentThread().getId();
    for (long n : new long[] {20_000, 200_000, 20_000, 200_000}) {
      long before = threads.getThreadAllocatedBytes(id);
      study.run(loop.id(), loop.name(), 7, n, 1, List.of(), done -> {});
      System.out.printf("%,d candidates: %,d bytes%n", n, threads.getThreadAllocatedBytes(id) - before);
    }
  }
}
