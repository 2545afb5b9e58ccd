package io.hcsim.simulation.experiment;

import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import java.util.function.LongConsumer;

/**
 * Runs many loops of one plan and tallies them (see {@link ParallelRuns} for why the result does
 * not depend on the thread count). With a precision target, runs go in fixed batches and stop
 * after the first batch at which the 95% half-width of P(offer) is small enough: the stopping
 * point, too, is independent of the thread count.
 */
public final class Experiment {
  /** Batch between precision checks. */
  public static final long PRECISION_BATCH = 100_000;

  private final LoopPlan plan;
  private final CandidateSource source;
  private final Settings settings;
  private final LongConsumer progress;

  public Experiment(LoopPlan plan, CandidateSource source, Settings settings, LongConsumer progress) {
    this.plan = plan;
    this.source = source;
    this.settings = settings;
    this.progress = progress;
  }

  public Experiment(LoopPlan plan, CandidateSource source, Settings settings) {
    this(plan, source, settings, done -> {});
  }

  public Accumulator run() {
    Draws draws = new Draws(settings.seed());
    if (settings.precision().isEmpty()) {
      return runRange(draws, 0, settings.runs()).acc;
    }
    double target = settings.precision().getAsDouble();
    Accumulator total = Accumulator.forPlan(plan);
    long start = 0;
    while (start < settings.runs()) {
      long end = Math.min(settings.runs(), start + PRECISION_BATCH);
      total.merge(runRange(draws, start, end).acc);
      start = end;
      if (Wilson.of95(total.hires(), total.runs()).halfWidth() <= target) {
        break;
      }
    }
    return total;
  }

  private Tallier runRange(Draws draws, long from, long to) {
    return ParallelRuns.run(draws, from, to, settings.threads(), () -> new Tallier(plan, source), progress);
  }

  /** One thread's runner, candidate and tallies. */
  private static final class Tallier implements ParallelRuns.Worker<Tallier> {
    final LoopRunner runner;
    final Candidate candidate;
    final CandidateSource source;
    final Accumulator acc;

    Tallier(LoopPlan plan, CandidateSource source) {
      this.runner = new LoopRunner(plan);
      this.candidate = new Candidate(plan.catalogue().competencies().size());
      this.source = source;
      this.acc = Accumulator.forPlan(plan);
    }

    @Override
    public void play(long run, long runKey) {
      source.fill(run, runKey, candidate);
      acc.add(runner.run(runKey, candidate));
    }

    @Override
    public void merge(Tallier other) {
      acc.merge(other.acc);
    }
  }
}
