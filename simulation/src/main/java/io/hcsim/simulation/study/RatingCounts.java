package io.hcsim.simulation.study;

import io.hcsim.simulation.run.LoopOutcome;
import io.hcsim.simulation.run.Tracer;
import io.hcsim.simulation.trace.Stop;

/**
 * Listens to one loop's ratings and keeps, per competency, how many interviewers rated it, the sum
 * and the sum of squares: what the inter-rater reliability and the within-loop SD pool. One per
 * worker, emptied after every loop; nothing is allocated per loop.
 */
final class RatingCounts implements Tracer {
  private final int[] count;
  private final int[] sum;
  private final int[] squares;

  RatingCounts(int competencies) {
    count = new int[competencies];
    sum = new int[competencies];
    squares = new int[competencies];
  }

  @Override
  public void rating(int round, int competency, double observed, int score) {
    count[competency]++;
    sum[competency] += score;
    squares[competency] += score * score;
  }

  @Override
  public void roundEnd(int round, int recommendation, boolean compensationStep, Stop stop, int[] codes) {}

  @Override
  public void decided(LoopOutcome outcome, int[] codes) {}

  /** Hands this loop's counts to {@code spread} and starts empty for the next loop. */
  void drainInto(RatingSpread spread) {
    for (int c = 0; c < count.length; c++) {
      if (count[c] > 0) {
        spread.add(count[c], sum[c], squares[c]);
        count[c] = 0;
        sum[c] = 0;
        squares[c] = 0;
      }
    }
  }
}
