package io.hcsim.simulation.study;

import com.google.common.collect.ImmutableList;

/**
 * A day of interviews played through that a study cuts inside (its curve, or a rounds sweep with
 * a value that keeps some of the day's interviews but not all): such a cut takes every choice of
 * the day's interviews ({@link LoopVariants#firstInterviews}, {@link LoopVariants#dayOrders}).
 *
 * @param first the day's first interview, counted from 1 among the loop's interviews
 * @param interviews the ids of the day's interviews, in the loop's order
 */
public record CutDay(int first, ImmutableList<String> interviews) {
  /** The day's last interview, counted from 1. */
  public int last() {
    return first + interviews.size() - 1;
  }

  /** Whether the loop cut after {@code k} interviews keeps some of the day's but not all. */
  public boolean cutBy(int k) {
    return k >= first && k < last();
  }
}
