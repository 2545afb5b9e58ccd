package io.hcsim.simulation.experiment;

import io.hcsim.core.level.Level;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Runs many loops of one plan in parallel. Work is cut into fixed chunks of run numbers; each
 * thread claims chunks, plays them with its own runner and tallies into its own accumulator;
 * the accumulators are merged at the end. Every draw is addressed by run number, and tallies are
 * counts, so the result is the same for any number of threads.
 *
 * <p>With a precision target, runs go in fixed batches and stop after the first batch at which
 * the 95% half-width of P(offer) is small enough: the stopping point, too, is independent of the
 * thread count.
 */
public final class Experiment {
  static final int CHUNK = 8_192;
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
    Accumulator total = newAccumulator();
    if (settings.precision().isEmpty()) {
      total.merge(runRange(0, settings.runs()));
      return total;
    }
    double target = settings.precision().getAsDouble();
    long start = 0;
    while (start < settings.runs()) {
      long end = Math.min(settings.runs(), start + PRECISION_BATCH);
      total.merge(runRange(start, end));
      start = end;
      if (Wilson.of95(total.hires(), total.runs()).halfWidth() <= target) {
        break;
      }
    }
    return total;
  }

  private Accumulator newAccumulator() {
    long maxOffer = plan.catalogue().levels().ascending().stream().mapToLong(l -> l.band().high()).max().orElse(0);
    return new Accumulator(plan.rounds().size(), plan.catalogue().competencies().size(),
        plan.catalogue().levels().ascending().size(), maxOffer);
  }

  private Accumulator runRange(long from, long to) {
    long chunks = (to - from + CHUNK - 1) / CHUNK;
    int threads = (int) Math.max(1, Math.min(settings.threads(), chunks));
    AtomicLong next = new AtomicLong();
    AtomicLong done = new AtomicLong(from);
    Draws draws = new Draws(settings.seed());
    List<Accumulator> parts = new ArrayList<>();
    if (threads == 1) {
      Accumulator acc = newAccumulator();
      work(from, to, chunks, next, done, draws, acc);
      return acc;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "hcsim-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Accumulator acc = newAccumulator();
        parts.add(acc);
        futures.add(pool.submit(() -> work(from, to, chunks, next, done, draws, acc)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    Accumulator merged = newAccumulator();
    parts.forEach(merged::merge);
    return merged;
  }

  private void work(long from, long to, long chunks, AtomicLong next, AtomicLong done, Draws draws, Accumulator acc) {
    LoopRunner runner = new LoopRunner(plan);
    Candidate candidate = new Candidate(plan.catalogue().competencies().size());
    long chunk;
    while ((chunk = next.getAndIncrement()) < chunks) {
      long start = from + chunk * CHUNK;
      long end = Math.min(to, start + CHUNK);
      for (long run = start; run < end; run++) {
        long key = draws.runKey(run);
        source.fill(run, key, candidate);
        acc.add(runner.run(key, candidate));
      }
      progress.accept(done.addAndGet(end - start));
    }
  }

  public LoopPlan plan() {
    return plan;
  }

  public Level target() {
    return plan.target();
  }
}
