package io.hcsim.simulation.calendar;

import io.hcsim.core.committee.Committee;
import io.hcsim.simulation.experiment.Experiment;
import io.hcsim.simulation.run.LoopOutcome;
import io.hcsim.simulation.run.LoopPlan;
import java.util.function.Supplier;

/**
 * Days from the first round to the decision, for offers and for rejections (holds apart), over
 * an experiment's own first runs, recorded while it plays them.
 */
public record DecisionDays(DayCounts offers, DayCounts rejections) {

  /**
   * Watchers that record the days of an experiment's runs numbered below {@code runs} (none for
   * 0), while it plays them: no loop is played twice for its days.
   */
  public static Supplier<Recorder> recorder(LoopPlan plan, long runs) {
    LoopCalendar calendar = new LoopCalendar(plan);
    return () -> new Recorder(calendar, runs);
  }

  /** One thread's days. */
  public static final class Recorder implements Experiment.Watcher<Recorder> {
    private final LoopCalendar calendar;
    private final long runs;
    private final DayCounts offers = new DayCounts();
    private final DayCounts rejections = new DayCounts();

    private Recorder(LoopCalendar calendar, long runs) {
      this.calendar = calendar;
      this.runs = runs;
    }

    @Override
    public void see(long run, long runKey, LoopOutcome o) {
      if (run >= runs) {
        return;
      }
      if (o.hired()) {
        offers.add(calendar.days(o.roundsReached(), runKey));
      } else if (o.decision() == Committee.NO_HIRE) {
        rejections.add(calendar.days(o.roundsReached(), runKey));
      }
    }

    @Override
    public void merge(Recorder other) {
      offers.merge(other.offers);
      rejections.merge(other.rejections);
    }

    public DecisionDays result() {
      return new DecisionDays(offers, rejections);
    }
  }
}
