package io.hcsim.simulation.experiment;

import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;

/**
 * Plays two scenarios (a plan and a candidate each) on the same run numbers, hence the same
 * draws, and counts paired outcomes: the basis of every comparison hcsim makes.
 */
public final class Paired {
  private Paired() {}

  public static PairedDifference compare(
      LoopPlan planA, Candidate a, LoopPlan planB, Candidate b, long seed, long runs, int threads) {
    Pair result = ParallelRuns.run(new Draws(seed), 0, runs, threads, () -> new Pair(planA, a, planB, b), done -> {});
    return new PairedDifference(runs, result.hiresA, result.hiresB, result.onlyA, result.onlyB);
  }

  private static final class Pair implements ParallelRuns.Worker<Pair> {
    final LoopRunner runnerA;
    final LoopRunner runnerB;
    final Candidate a;
    final Candidate b;
    long hiresA;
    long hiresB;
    long onlyA;
    long onlyB;

    Pair(LoopPlan planA, Candidate a, LoopPlan planB, Candidate b) {
      this.runnerA = new LoopRunner(planA);
      this.runnerB = new LoopRunner(planB);
      this.a = a;
      this.b = b;
    }

    @Override
    public void play(long run, long runKey) {
      boolean hireA = runnerA.run(runKey, a).hired();
      boolean hireB = runnerB.run(runKey, b).hired();
      hiresA += hireA ? 1 : 0;
      hiresB += hireB ? 1 : 0;
      onlyA += hireA && !hireB ? 1 : 0;
      onlyB += hireB && !hireA ? 1 : 0;
    }

    @Override
    public void merge(Pair other) {
      hiresA += other.hiresA;
      hiresB += other.hiresB;
      onlyA += other.onlyA;
      onlyB += other.onlyB;
    }
  }
}
