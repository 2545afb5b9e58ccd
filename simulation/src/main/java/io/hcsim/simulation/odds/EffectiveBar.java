package io.hcsim.simulation.odds;

import io.hcsim.core.competency.Proficiency;
import io.hcsim.simulation.experiment.Accumulator;
import io.hcsim.simulation.experiment.Experiment;
import io.hcsim.simulation.experiment.Settings;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;

/**
 * The effective bar of a loop for one candidate's shape: the true overall proficiency at which
 * the candidate, with every competency moved up or down together, has an even chance of an offer
 * at the target level or above (an up-level counts: it means the bar was cleared). A committee that needs 70% confidence from a prior below the bar asks
 * for more than the bar itself; this says how much more. Found by bisection on the shift, every
 * step on the same draws (common random numbers), so the curve it walks is monotone up to noise.
 *
 * @param overall the true overall at the 50% point
 * @param shift how far every competency moved from the stated profile to get there (before
 *     clipping to the scale)
 * @param bar the target level's bar, for comparison
 */
public record EffectiveBar(double overall, double shift, double bar) {
  private static final int STEPS = 14;
  private static final double RANGE = 2.5;

  public static EffectiveBar find(LoopPlan plan, Candidate candidate, long seed, long runs, int threads) {
    double lo = -RANGE;
    double hi = RANGE;
    for (int i = 0; i < STEPS; i++) {
      double mid = 0.5 * (lo + hi);
      if (atTarget(plan, shifted(candidate, mid), seed, runs, threads) >= 0.5) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    double shift = 0.5 * (lo + hi);
    return new EffectiveBar(plan.overall(shifted(candidate, shift)), shift, plan.target().bar());
  }

  private static Candidate shifted(Candidate candidate, double by) {
    Candidate c = candidate.copy();
    c.shiftAll(by, Proficiency.MIN, Proficiency.MAX);
    return c;
  }

  private static double atTarget(LoopPlan plan, Candidate c, long seed, long runs, int threads) {
    Accumulator a = new Experiment(plan, CandidateSource.fixed(c), Settings.runs(seed, runs, threads)).run();
    long atOrAbove = 0;
    for (int l = plan.targetIndex(); l < plan.catalogue().levels().ascending().size(); l++) {
      atOrAbove += a.hiredAt(l);
    }
    return atOrAbove / (double) a.runs();
  }
}
