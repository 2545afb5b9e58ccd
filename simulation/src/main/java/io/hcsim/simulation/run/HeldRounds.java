package io.hcsim.simulation.run;

import static com.google.common.base.Preconditions.checkArgument;

import io.hcsim.core.rating.Rating;
import io.hcsim.core.rating.Scorecard;
import java.util.List;

/**
 * The rounds of an unfinished loop that have taken place, with their real ratings and
 * recommendations: where {@link LoopRunner#resume} starts. A held round counts as passed (the
 * loop went on after it); what the later interviewers and the committee read is the held ratings'
 * signal, and, where the loop shows earlier feedback, the held ratings are what they anchor on.
 */
public final class HeldRounds {
  /** Bit r set when round r is held. */
  final long mask;
  /** The held ratings' signal codes, per competency. */
  final int[] codes;
  /** Per round: the held recommendation's score, 0 where the round is not held. */
  final int[] recommendation;
  /** Per competency: the sum and count of its held ratings (the anchor when feedback is shown). */
  final double[] ratingSum;
  final int[] ratingCount;
  final double scoreSum;
  final int scoreCount;

  private HeldRounds(long mask, int[] codes, int[] recommendation, double[] ratingSum, int[] ratingCount) {
    this.mask = mask;
    this.codes = codes;
    this.recommendation = recommendation;
    this.ratingSum = ratingSum;
    this.ratingCount = ratingCount;
    double sum = 0;
    int count = 0;
    for (int c = 0; c < ratingSum.length; c++) {
      sum += ratingSum[c];
      count += ratingCount[c];
    }
    this.scoreSum = sum;
    this.scoreCount = count;
  }

  /** The scorecards of rounds of this plan's loop (each round at most once, in any order). */
  public static HeldRounds of(LoopPlan plan, List<Scorecard> cards) {
    int n = plan.rounds().size();
    int k = plan.competencyCount;
    long mask = 0;
    int[] recommendation = new int[n];
    double[] ratingSum = new double[k];
    int[] ratingCount = new int[k];
    for (Scorecard card : cards) {
      int r = roundIndex(plan, card.roundId());
      checkArgument((mask & 1L << r) == 0, "round %s is held twice", card.roundId());
      mask |= 1L << r;
      recommendation[r] = card.recommendation().score();
      card.ratings().forEach((id, rating) -> {
        int c = plan.catalogue().competencies().indexOf(id);
        ratingSum[c] += rating.score();
        ratingCount[c]++;
      });
    }
    return new HeldRounds(mask, plan.signal().codes(cards), recommendation, ratingSum, ratingCount);
  }

  private static int roundIndex(LoopPlan plan, String roundId) {
    for (int r = 0; r < plan.rounds().size(); r++) {
      if (plan.rounds().get(r).id().equals(roundId)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no round '" + roundId + "' in this loop for this level");
  }

  boolean has(int round) {
    return (mask & 1L << round) != 0;
  }

  /** Strong No recommendations among the held rounds. */
  int strongNos() {
    int count = 0;
    for (int score : recommendation) {
      count += score == Rating.STRONG_NO.score() ? 1 : 0;
    }
    return count;
  }
}
