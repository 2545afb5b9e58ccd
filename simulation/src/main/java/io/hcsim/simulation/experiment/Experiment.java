package io.hcsim.simulation.experiment;

import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import java.util.function.LongConsumer;

/**
 * Runs many loops of one plan and tallies them (see {@link ParallelRuns} for why the result does
 * not depend on the thread count). With a precision target, runs go in whole batches and stop
 * at the first check at which the 95% half-width of P(offer) is small enough; checks are placed
 * where the runs so far predict it will be reached, so the stopping point, too, is independent of
 * the thread count.
 */
public final class Experiment {
  /** Precision is checked only at multiples of this many runs. */
  public static final long PRECISION_BATCH = 10_000;

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
      long end = Math.min(settings.runs(), nextCheck(total, start, target));
      total.merge(runRange(draws, start, end).acc);
      start = end;
      if (Wilson.of95(total.hires(), total.runs()).halfWidth() <= target) {
        break;
      }
      // The first batch tells whether the cap can reach the target at all; better to say so now
      // than to commit to billions of runs that end short of it.
      double needed = runsNeeded(total, target);
      if (start == PRECISION_BATCH && needed > settings.runs()) {
        throw new PrecisionOutOfReach(target, total.hires() / (double) total.runs(), start, needed, settings.runs());
      }
    }
    return total;
  }

  /** About how many runs the half-width needs, predicted from the hire rate so far. */
  static double runsNeeded(Accumulator soFar, double halfWidth) {
    double p = Math.max(soFar.hires(), 1) / (double) soFar.runs();
    return Wilson.Z95 * Wilson.Z95 * p * (1 - p) / (halfWidth * halfWidth);
  }

  /**
   * Where to check the precision next: where the runs so far predict the half-width will be
   * reached (plus 5%), in whole batches, and at least one batch on. It depends only on counts, so
   * it is the same for any thread count.
   */
  static long nextCheck(Accumulator soFar, long start, double halfWidth) {
    if (soFar.runs() == 0) {
      return PRECISION_BATCH;
    }
    double needed = 1.05 * runsNeeded(soFar, halfWidth);
    long batches = (long) Math.ceil(Math.min(needed, Settings.MAX_RUNS) / PRECISION_BATCH);
    return Math.max(start + PRECISION_BATCH, batches * PRECISION_BATCH);
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
