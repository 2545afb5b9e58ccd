package io.hcsim.simulation.study;

import io.hcsim.core.committee.DecisionRule;
import io.hcsim.core.signal.Belief;
import io.hcsim.core.signal.SignalModel;
import io.hcsim.simulation.run.LoopOutcome;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.Tracer;
import io.hcsim.simulation.trace.Stop;
import java.util.Arrays;

/**
 * Listens to one loop and keeps its final score as it stood after each interview: the committee's
 * posterior mean of the overall on the ratings so far (the share of hire votes so far under a vote
 * rule), and where the loop ended. The score after the last interview played is the study's final
 * score, so one pass gives the loop cut after every number of interviews on the same draws. The
 * interviews of a day played through have no order of their own: {@link #readInOrder} reads them
 * in another, from what each one added. The ratings go on to the {@link RatingCounts} the study
 * pools. One per worker; nothing is allocated per loop.
 */
final class InterviewScores implements Tracer {
  private final RatingCounts ratings;
  private final SignalModel signal;
  private final boolean posterior;
  /** Scratch for a signal whose sites are not tabulated, where the quick mean is not available. */
  private final Belief belief;
  /** score[k - 1]: the final score after interview k. */
  private final double[] score;
  /** codesAfter[r]: the competencies' rating codes after interview r; recommendation[r]: its recommendation. */
  private final int[][] codesAfter;
  private final int[] recommendation;
  /** The days played through, as {from, to} interview positions, and scratch codes. */
  private final int[][] days;
  private final int[] codes;
  private int played;
  private int votes;
  private boolean endedByReading;

  InterviewScores(LoopPlan plan, int interviews, RatingCounts ratings) {
    this.ratings = ratings;
    this.signal = plan.signal();
    this.posterior = plan.loop().committee().rule() == DecisionRule.POSTERIOR;
    this.belief = new Belief(plan.catalogue().competencies().size());
    this.score = new double[interviews];
    int competencies = plan.catalogue().competencies().size();
    this.codesAfter = new int[interviews][competencies];
    this.recommendation = new int[interviews];
    this.days = LoopVariants.days(plan.rounds()).toArray(new int[0][]);
    this.codes = new int[competencies];
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
    this.recommendation[played] = recommendation;
    System.arraycopy(codes, 0, codesAfter[played], 0, codes.length);
    score[played++] = posterior ? overallMean(codes) : (double) votes / played;
    endedByReading = stop == Stop.SIGNAL;
  }

  @Override
  public void decided(LoopOutcome outcome, int[] codes) {}

  private double overallMean(int[] codes) {
    return signal.foldOverall(codes, belief); // tabulated or not
  }

  /**
   * Reads the loop's interviews in {@code order} (positions, {@link LoopVariants#dayOrders}), which
   * moves only interviews within a day played through, and returns whether it did: a loop that
   * ended inside such a day is read as it was played. The score after k interviews is then the
   * committee's reading of the first k in that order.
   */
  boolean readInOrder(int[] order) {
    int from = played;
    for (int[] day : days) {
      if (day[0] < played && played < day[1]) {
        return false;
      }
      if (day[1] <= played) {
        from = Math.min(from, day[0]);
      }
    }
    if (from == played) {
      return true;
    }
    if (from == 0) {
      Arrays.fill(codes, 0);
    } else {
      System.arraycopy(codesAfter[from - 1], 0, codes, 0, codes.length);
    }
    int v = 0;
    for (int j = 0; j < from; j++) {
      v += recommendation[j] >= 3 ? 1 : 0;
    }
    for (int k = from; k < played; k++) {
      int r = order[k];
      int[] after = codesAfter[r];
      int[] before = r == 0 ? null : codesAfter[r - 1];
      for (int c = 0; c < codes.length; c++) {
        codes[c] += after[c] - (before == null ? 0 : before[c]);
      }
      v += recommendation[r] >= 3 ? 1 : 0;
      score[k] = posterior ? overallMean(codes) : (double) v / (k + 1);
    }
    return true;
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
