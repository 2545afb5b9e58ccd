package io.hcsim.simulation.experiment;

import io.hcsim.simulation.estimate.Wilson;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopOutcome;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

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

  /**
   * Per-thread state that sees every run's outcome beside the tally, so that a measure of the
   * same loops needs no second pass over them; merged like the tallies, so it must count only.
   */
  public interface Watcher<W extends Watcher<W>> {
    void see(long run, long runKey, LoopOutcome outcome);

    void merge(W other);
  }

  /** The tallies, and what a watcher made of the same runs. */
  public record Watched<W>(Accumulator acc, W watcher) {}

  /** Watches nothing. */
  private static final class Nobody implements Watcher<Nobody> {
    static final Nobody INSTANCE = new Nobody();

    @Override
    public void see(long run, long runKey, LoopOutcome outcome) {}

    @Override
    public void merge(Nobody other) {}
  }

  public Accumulator run() {
    return run(() -> Nobody.INSTANCE).acc();
  }

  /** Runs the experiment with a watcher per thread; the watchers come back merged. */
  public <W extends Watcher<W>> Watched<W> run(Supplier<W> watchers) {
    Draws draws = new Draws(settings.seed());
    if (settings.precision().isEmpty()) {
      Tallier<W> t = runRange(draws, 0, settings.runs(), watchers);
      return new Watched<>(t.acc, t.watcher);
    }
    double target = settings.precision().getAsDouble();
    Accumulator total = Accumulator.forPlan(plan);
    W watched = watchers.get();
    long start = 0;
    while (start < settings.runs()) {
      long end = Math.min(settings.runs(), nextCheck(total, start, target));
      Tallier<W> batch = runRange(draws, start, end, watchers);
      total.merge(batch.acc);
      watched.merge(batch.watcher);
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
    return new Watched<>(total, watched);
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

  private <W extends Watcher<W>> Tallier<W> runRange(Draws draws, long from, long to, Supplier<W> watchers) {
    return ParallelRuns.run(draws, from, to, settings.threads(), () -> new Tallier<>(plan, source, watchers.get()),
        progress);
  }

  /** One thread's runner, candidate, tallies and watcher. */
  private static final class Tallier<W extends Watcher<W>> implements ParallelRuns.Worker<Tallier<W>> {
    final LoopRunner runner;
    final Candidate candidate;
    final CandidateSource source;
    final Accumulator acc;
    final W watcher;

    Tallier(LoopPlan plan, CandidateSource source, W watcher) {
      this.runner = new LoopRunner(plan);
      this.candidate = new Candidate(plan.catalogue().competencies().size());
      this.source = source;
      this.acc = Accumulator.forPlan(plan);
      this.watcher = watcher;
    }

    @Override
    public void play(long run, long runKey) {
      source.fill(run, runKey, candidate);
      LoopOutcome o = runner.run(runKey, candidate);
      acc.add(o);
      watcher.see(run, runKey, o);
    }

    @Override
    public void merge(Tallier<W> other) {
      acc.merge(other.acc);
      watcher.merge(other.watcher);
    }
  }
}
