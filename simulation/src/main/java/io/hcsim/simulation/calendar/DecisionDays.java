package io.hcsim.simulation.calendar;

import io.hcsim.simulation.experiment.ParallelRuns;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopOutcome;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;

/**
 * Days from the first round to the decision, for offers and for rejections (holds apart), over
 * the same runs (hence the same loops) as an experiment on the same seed.
 */
public record DecisionDays(DayCounts offers, DayCounts rejections) {

  public static DecisionDays measure(LoopPlan plan, CandidateSource source, long seed, long runs, int threads) {
    LoopCalendar calendar = new LoopCalendar(plan);
    Worker w = ParallelRuns.run(new Draws(seed), 0, runs, threads, () -> new Worker(plan, source, calendar), done -> {});
    return new DecisionDays(w.offers, w.rejections);
  }

  private static final class Worker implements ParallelRuns.Worker<Worker> {
    private final LoopRunner runner;
    private final CandidateSource source;
    private final LoopCalendar calendar;
    private final Candidate candidate;
    private final DayCounts offers = new DayCounts();
    private final DayCounts rejections = new DayCounts();

    Worker(LoopPlan plan, CandidateSource source, LoopCalendar calendar) {
      this.runner = new LoopRunner(plan);
      this.source = source;
      this.calendar = calendar;
      this.candidate = new Candidate(plan.catalogue().competencies().size());
    }

    @Override
    public void play(long run, long runKey) {
      source.fill(run, runKey, candidate);
      LoopOutcome o = runner.run(runKey, candidate);
      double days = calendar.days(o.roundsReached(), runKey);
      if (o.hired()) {
        offers.add(days);
      } else if (o.decision() == io.hcsim.core.committee.Committee.NO_HIRE) {
        rejections.add(days);
      }
    }

    @Override
    public void merge(Worker other) {
      offers.merge(other.offers);
      rejections.merge(other.rejections);
    }
  }
}
