package io.hcsim.benchmarks;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.level.Level;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.simulation.run.LoopPlan;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long compiling a loop for one level takes (the signal's tables of every combination of
 * ratings, the rounds, the committee), warm: what `simulate` paid three times a call (the target
 * and the levels around it) before the server kept its compiled plans, and what a study pays per
 * sweep point. Prints the median over turns for each level of the loop.
 *
 * <pre>
 *   java -cp benchmarks/target/benchmarks.jar io.hcsim.benchmarks.PlanCompileTime [LOOP] [TURNS]
 * </pre>
 */
public final class PlanCompileTime {
  private PlanCompileTime() {}

  public static void main(String[] args) throws Exception {
    String loopName = args.length > 0 ? args[0] : Fixture.DEFAULT_LOOP;
    int turns = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    Library library = Library.bundled();
    Catalogue catalogue = library.catalogue();
    Loop loop = library.loop(loopName).value();
    var levels = catalogue.levels().ascending();
    double[][] ms = new double[levels.size()][turns];
    for (int turn = -5; turn < turns; turn++) { // five turns of warm-up
      for (int i = 0; i < levels.size(); i++) {
        Level level = levels.get(i);
        long start = System.nanoTime();
        new LoopPlan(catalogue, loop, level);
        if (turn >= 0) {
          ms[i][turn] = (System.nanoTime() - start) / 1e6;
        }
      }
    }
    for (int i = 0; i < levels.size(); i++) {
      double[] t = ms[i].clone();
      Arrays.sort(t);
      System.out.printf(Locale.ROOT, "%-20s at %-4s %6.1f ms (median of %d; %.1f to %.1f)%n", loopName,
          levels.get(i).id(), t[turns / 2], turns, t[0], t[turns - 1]);
    }
  }
}
