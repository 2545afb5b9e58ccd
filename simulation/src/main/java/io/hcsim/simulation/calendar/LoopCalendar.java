package io.hcsim.simulation.calendar;

import io.hcsim.core.loop.DayRange;
import io.hcsim.core.loop.Round;
import io.hcsim.simulation.random.DrawSite;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.LoopPlan;
import java.util.List;

/**
 * The calendar of a loop compiled for one level: the days between rounds, drawn per run and round
 * id like every other draw, so that two loops sharing a round share its days and the number of
 * threads changes nothing.
 */
public final class LoopCalendar {
  private final DayRange[] gaps;
  private final long[] sites;
  private final boolean complete;

  public LoopCalendar(LoopPlan plan) {
    List<Round> rounds = plan.rounds();
    gaps = new DayRange[rounds.size()];
    sites = new long[rounds.size()];
    boolean all = rounds.size() > 1;
    for (int r = 0; r < rounds.size(); r++) {
      gaps[r] = rounds.get(r).daysAfterPrevious().orElse(null);
      sites[r] = DrawSite.CALENDAR.key(rounds.get(r).id());
      all &= r == 0 || gaps[r] != null;
    }
    complete = all;
  }

  /** Whether every round after the first says how many days follow the one before it. */
  public boolean complete() {
    return complete;
  }

  /** Days from the first round to the last one reached (where the loop was decided). */
  public double days(int roundsReached, long runKey) {
    double d = 0;
    for (int r = 1; r < roundsReached; r++) {
      if (gaps[r] != null) {
        d += gaps[r].at(Draws.uniform(runKey, sites[r]));
      }
    }
    return d;
  }
}
