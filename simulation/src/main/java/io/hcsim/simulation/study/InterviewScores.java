package io.hcsim.simulation.study;

import io.hcsim.core.committee.DecisionRule;
import io.hcsim.core.signal.Belief;
import io.hcsim.core.signal.SignalModel;
import io.hcsim.simulation.run.LoopOutcome;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.Tracer;
import io.hcsim.simulation.trace.Stop;

/**
 * Listens to one loop and keeps its final score as it stood after each interview: the committee's
 * posterior mean of the overall on the ratings so far (the share of hire votes so far under a vote
 * rule), and where the loop ended. The score after the last interview played is the study's final
 * score, so one pass gives the loop cut after every number of interviews on the same draws. The
 * ratings go on to the {@link RatingCounts} the study pools. One per worker; nothing is allocated
 * per loop.
 */
final class InterviewScores implements Tracer {
  private final RatingCounts ratings;
  private final SignalModel signal;
  private final boolean posterior;
  /** Scratch for a signal whose sites are not tabulated, where the quick mean is not available. */
  private final Belief belief;
  /** score[k - 1]: the final score after interview k. */
  private final double[] score;
  private int played;
  private int votes;
  private boolean endedByReading;

  InterviewScores(LoopPlan plan, int interviews, RatingCounts ratings) {
    this.ratings = ratings;
    this.signal = plan.signal();
    this.posterior = plan.loop().committee().rule() == DecisionRule.POSTERIOR;
    this.belief = new Belief(plan.catalogue().competencies().size());
    this.score = new double[interviews];
  }

  /** Starts a loop. */
  void reset() {
    played = 0;
    votes = 0;
    endedByReading = false;
  }

  @Override
  public void rating(int round, int competency, double observed, int score) {
    ratings.rating(round, competency, observed, score);
  }

  @Override
  public void roundEnd(int round, int recommendation, boolean compensationStep, Stop stop, int[] codes) {
    votes += recommendation >= 3 ? 1 : 0;
    score[played++] = posterior ? overallMean(codes) : (double) votes / played;
    endedByReading = stop == Stop.SIGNAL;
  }

  @Override
  public void decided(LoopOutcome outcome, int[] codes) {}

  private double overallMean(int[] codes) {
    return signal.foldOverall(codes, belief); // tabulated or not
  }

  /** The interviews this loop played. */
  int played() {
    return played;
  }

  /** The final score after interview {@code k} (1-based): after the last one played when the loop ended sooner. */
  double scoreAfter(int k) {
    return score[Math.min(k, played) - 1];
  }

  /** Whether the owner's reading of the signal, not a round's verdict, ended the loop. */
  boolean endedByReading() {
    return endedByReading;
  }
}
