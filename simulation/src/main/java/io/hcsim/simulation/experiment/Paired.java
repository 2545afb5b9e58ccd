package io.hcsim.simulation.experiment;

import com.google.common.collect.ImmutableList;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import java.util.List;

/**
 * Plays a baseline scenario and any number of variants (each a plan and a candidate) on the same
 * run numbers, hence the same draws, and counts each variant's outcomes paired with the
 * baseline's: the basis of every comparison hcsim makes. The baseline is played once per run,
 * however many variants there are.
 */
public final class Paired {
  /** A plan and a candidate to play it with. */
  public record Scenario(LoopPlan plan, Candidate candidate) {}

  private Paired() {}

  /** One variant against the baseline. */
  public static PairedDifference compare(Scenario baseline, Scenario variant, long seed, long runs, int threads) {
    return compare(baseline, List.of(variant), seed, runs, threads).get(0);
  }

  /** Each variant against the baseline, in the order given. */
  public static ImmutableList<PairedDifference> compare(
      Scenario baseline, List<Scenario> variants, long seed, long runs, int threads) {
    Tallies t = ParallelRuns.run(new Draws(seed), 0, runs, threads, () -> new Tallies(baseline, variants), done -> {});
    ImmutableList.Builder<PairedDifference> out = ImmutableList.builder();
    for (int v = 0; v < variants.size(); v++) {
      out.add(new PairedDifference(runs, t.baseHires, t.hires[v], t.onlyBase[v], t.onlyVariant[v]));
    }
    return out.build();
  }

  private static final class Tallies implements ParallelRuns.Worker<Tallies> {
    final LoopRunner base;
    final Candidate baseCandidate;
    final LoopRunner[] runners;
    final Candidate[] candidates;
    long baseHires;
    final long[] hires;
    final long[] onlyBase;
    final long[] onlyVariant;

    Tallies(Scenario baseline, List<Scenario> variants) {
      this.base = new LoopRunner(baseline.plan());
      this.baseCandidate = baseline.candidate();
      int n = variants.size();
      this.runners = new LoopRunner[n];
      this.candidates = new Candidate[n];
      for (int v = 0; v < n; v++) {
        runners[v] = new LoopRunner(variants.get(v).plan());
        candidates[v] = variants.get(v).candidate();
      }
      this.hires = new long[n];
      this.onlyBase = new long[n];
      this.onlyVariant = new long[n];
    }

    @Override
    public void play(long run, long runKey) {
      boolean b = base.run(runKey, baseCandidate).hired();
      baseHires += b ? 1 : 0;
      for (int v = 0; v < runners.length; v++) {
        boolean h = runners[v].run(runKey, candidates[v]).hired();
        hires[v] += h ? 1 : 0;
        onlyBase[v] += b && !h ? 1 : 0;
        onlyVariant[v] += h && !b ? 1 : 0;
      }
    }

    @Override
    public void merge(Tallies other) {
      baseHires += other.baseHires;
      for (int v = 0; v < runners.length; v++) {
        hires[v] += other.hires[v];
        onlyBase[v] += other.onlyBase[v];
        onlyVariant[v] += other.onlyVariant[v];
      }
    }
  }
}
