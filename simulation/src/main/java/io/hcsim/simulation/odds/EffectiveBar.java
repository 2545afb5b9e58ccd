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
 * at the target level or above (an up-level counts: it means the bar was cleared). A committee
 * that needs 70% confidence from a prior below the bar asks for more than the bar itself; this
 * says how much more. Found on the shift, every step on the same draws (common random numbers),
 * so the curve it walks is monotone up to noise. Each step tries where a straight line through
 * the bracket's ends on the log-odds scale crosses 50% (false position, Illinois variant), or
 * halves the bracket when the last three steps did not; it ends when the bracket is as narrow as
 * ten halvings of the range make it. The shift is then as close to the curve's crossing as a
 * bisection's, in about half the steps (5,000 runs each).
 *
 * @param overall the true overall at the 50% point
 * @param shift how far every competency moved from the stated profile to get there (before
 *     clipping to the scale)
 * @param bar the target level's bar, for comparison
 */
public record EffectiveBar(double overall, double shift, double bar) {
  private static final double RANGE = 2.5;
  /** The width of ten halvings of the range: the shift to 0.0025, finer than the two decimals printed. */
  private static final double TOLERANCE = 2 * RANGE / 1024;
  /**
   * The fewest runs a step may rest on: with fewer, a share in steps of 1/runs says nothing of where
   * 50% is crossed (one run gives 0 or 1 at every shift, and the search divides by zero).
   */
  public static final long MIN_RUNS = 100;

  /** Whether there were runs enough to estimate it; if not, {@code overall} and {@code shift} are NaN. */
  public boolean estimated() {
    return !Double.isNaN(overall);
  }

  public static EffectiveBar find(LoopPlan plan, Candidate candidate, long seed, long runs, int threads) {
    if (runs < MIN_RUNS) {
      return new EffectiveBar(Double.NaN, Double.NaN, plan.target().bar());
    }
    // Shares are measured in steps of 1/runs; half a step keeps the log-odds of 0 and 1 finite.
    double floor = 0.5 / runs;
    // The ends are not measured: the 50% point is taken to lie between them, as a bisection takes it.
    double lo = -RANGE;
    double hi = RANGE;
    double atLo = logOdds(floor);
    double atHi = -atLo;
    int kept = 0; // +1 after a step that moved hi, -1 after one that moved lo
    double[] widths = {hi - lo, hi - lo, hi - lo};
    while (hi - lo > TOLERANCE) {
      double at;
      if (hi - lo > 0.5 * widths[0]) {
        at = 0.5 * (lo + hi);
      } else {
        at = lo - atLo * (hi - lo) / (atHi - atLo);
        // At least half the tolerance inside either end, so that every step narrows the bracket.
        at = Math.max(lo + 0.5 * TOLERANCE, Math.min(hi - 0.5 * TOLERANCE, at));
      }
      double p = atTarget(plan, shifted(candidate, at), seed, runs, threads);
      double odds = logOdds(Math.max(floor, Math.min(1 - floor, p)));
      if (p >= 0.5) {
        hi = at;
        atHi = odds;
        if (kept > 0) {
          atLo /= 2; // Illinois: an end kept twice counts for less, so the next try lands past the crossing
        }
        kept = 1;
      } else {
        lo = at;
        atLo = odds;
        if (kept < 0) {
          atHi /= 2;
        }
        kept = -1;
      }
      widths = new double[] {widths[1], widths[2], hi - lo};
    }
    double shift = 0.5 * (lo + hi);
    return new EffectiveBar(plan.overall(shifted(candidate, shift)), shift, plan.target().bar());
  }

  private static double logOdds(double p) {
    return Math.log(p / (1 - p));
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
