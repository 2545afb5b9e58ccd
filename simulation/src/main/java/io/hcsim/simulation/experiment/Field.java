package io.hcsim.simulation.experiment;

import io.hcsim.simulation.estimate.MeanDifference;
import io.hcsim.simulation.estimate.PairedDifference;
import io.hcsim.simulation.estimate.Wilson;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopOutcome;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import java.util.List;

/**
 * Several candidates (each a {@link CandidateSource}: the same person after different
 * preparation, say) through one loop on the same run numbers, hence the same draws, with every
 * pair's outcomes counted together: so any two of them can be compared by a paired difference,
 * not only each against a baseline. Memory is fixed: k x k counters whatever the number of runs.
 */
public final class Field {
  /** What one entrant did, and every paired difference against the others. */
  public record Result(long runs, long[] hires, long[] atTarget, double[] offerSum, long[][] onlyHire,
      long[][] onlyTarget, double[][] diffSum, double[][] diffSquares, long[][] reached, long[][] passed) {
    public int size() {
      return hires.length;
    }

    /** P(offer) of entrant i with its Wilson interval. */
    public Wilson hireCi(int i) {
      return Wilson.of95(hires[i], runs);
    }

    public Wilson atTargetCi(int i) {
      return Wilson.of95(atTarget[i], runs);
    }

    public double hire(int i) {
      return hires[i] / (double) runs;
    }

    public double atTarget(int i) {
      return atTarget[i] / (double) runs;
    }

    /** Of entrant i's loops that reached round r, the share that went on past it (NaN if none reached it). */
    public double passRate(int i, int r) {
      return reached[i][r] == 0 ? Double.NaN : passed[i][r] / (double) reached[i][r];
    }

    /** The mean offer, a loop without an offer counting 0. */
    public double expectedOffer(int i) {
      return offerSum[i] / runs;
    }

    /** P(offer | b) - P(offer | a), paired. */
    public PairedDifference hireDifference(int a, int b) {
      return new PairedDifference(runs, hires[a], hires[b], onlyHire[a][b], onlyHire[b][a]);
    }

    public PairedDifference atTargetDifference(int a, int b) {
      return new PairedDifference(runs, atTarget[a], atTarget[b], onlyTarget[a][b], onlyTarget[b][a]);
    }

    /** Expected offer of b minus that of a, paired. */
    public MeanDifference offerDifference(int a, int b) {
      // diffSum[i][j] holds sum of (offer_j - offer_i) for i < j.
      boolean forward = a < b;
      int i = Math.min(a, b);
      int j = Math.max(a, b);
      double sum = forward ? diffSum[i][j] : -diffSum[i][j];
      return MeanDifference.of(runs, offerSum[a], offerSum[b], sum, diffSquares[i][j]);
    }
  }

  private Field() {}

  /** Every entrant with every pair counted: any two can be compared. */
  public static Result run(LoopPlan plan, List<? extends CandidateSource> entrants, long seed, long runs, int threads) {
    return run(plan, entrants, seed, runs, threads, true);
  }

  /**
   * With {@code pairwise} false only each entrant's own counts are kept (the k x k counters cost
   * k^2 a run, too much for a search over many entrants); the paired differences are then 0.
   */
  public static Result run(
      LoopPlan plan, List<? extends CandidateSource> entrants, long seed, long runs, int threads, boolean pairwise) {
    Tally t = ParallelRuns.run(new Draws(seed), 0, runs, threads, () -> new Tally(plan, entrants, pairwise), done -> {});
    return new Result(runs, t.hires, t.atTarget, t.offerSum, t.onlyHire, t.onlyTarget, t.diffSum, t.diffSquares,
        t.reached, t.passed);
  }

  private static final class Tally implements ParallelRuns.Worker<Tally> {
    final LoopRunner runner;
    final int target;
    final List<? extends CandidateSource> sources;
    final Candidate candidate;
    final boolean[] hired;
    final boolean[] atT;
    final double[] offer;
    final long[] hires;
    final long[] atTarget;
    final double[] offerSum;
    final long[][] onlyHire;
    final long[][] onlyTarget;
    final double[][] diffSum;
    final double[][] diffSquares;

    final boolean pairwise;
    final long[][] reached;
    final long[][] passed;

    Tally(LoopPlan plan, List<? extends CandidateSource> sources, boolean pairwise) {
      int k = sources.size();
      this.pairwise = pairwise;
      this.runner = new LoopRunner(plan);
      this.target = plan.targetIndex();
      this.sources = sources;
      this.candidate = new Candidate(plan.catalogue().competencies().size());
      hired = new boolean[k];
      atT = new boolean[k];
      offer = new double[k];
      hires = new long[k];
      atTarget = new long[k];
      offerSum = new double[k];
      onlyHire = new long[k][k];
      onlyTarget = new long[k][k];
      diffSum = new double[k][k];
      diffSquares = new double[k][k];
      int rounds = plan.rounds().size();
      reached = new long[k][rounds];
      passed = new long[k][rounds];
    }

    @Override
    public void play(long run, long runKey) {
      int k = hired.length;
      for (int i = 0; i < k; i++) {
        sources.get(i).fill(run, runKey, candidate);
        LoopOutcome o = runner.run(runKey, candidate);
        hired[i] = o.hired();
        atT[i] = o.decision() == target;
        offer[i] = o.hired() ? o.offer() : 0;
        hires[i] += hired[i] ? 1 : 0;
        atTarget[i] += atT[i] ? 1 : 0;
        offerSum[i] += offer[i];
        if (pairwise) {
          long[] re = reached[i];
          long[] pa = passed[i];
          for (int r = 0; r < o.roundsReached() && r < re.length; r++) {
            re[r]++;
            pa[r] += o.passed(r) ? 1 : 0;
          }
        }
      }
      if (!pairwise) {
        return;
      }
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          onlyHire[i][j] += hired[i] && !hired[j] ? 1 : 0;
          onlyTarget[i][j] += atT[i] && !atT[j] ? 1 : 0;
          if (i < j) {
            double d = offer[j] - offer[i];
            diffSum[i][j] += d;
            diffSquares[i][j] += d * d;
          }
        }
      }
    }

    @Override
    public void merge(Tally other) {
      int k = hired.length;
      for (int i = 0; i < k; i++) {
        hires[i] += other.hires[i];
        atTarget[i] += other.atTarget[i];
        offerSum[i] += other.offerSum[i];
        for (int r = 0; r < reached[i].length; r++) {
          reached[i][r] += other.reached[i][r];
          passed[i][r] += other.passed[i][r];
        }
        for (int j = 0; j < k; j++) {
          onlyHire[i][j] += other.onlyHire[i][j];
          onlyTarget[i][j] += other.onlyTarget[i][j];
          diffSum[i][j] += other.diffSum[i][j];
          diffSquares[i][j] += other.diffSquares[i][j];
        }
      }
    }
  }
}
