package io.hcsim.simulation.experiment;

import io.hcsim.simulation.random.Draws;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Plays a range of run numbers on several threads. The range is cut into fixed chunks; each
 * thread claims chunks and plays them with its own {@link Worker}; the workers are merged at the
 * end. Every draw is addressed by run number and workers only count, so the merged result is the
 * same for any number of threads.
 */
public final class ParallelRuns {
  public static final int CHUNK = 8_192;
  /** Runs played in this JVM so far, by every caller: what a command's status line counts. */
  private static final LongAdder PLAYED = new LongAdder();

  /** Per-thread state: plays runs and tallies them; merges exactly with its peers. */
  public interface Worker<W extends Worker<W>> {
    void play(long run, long runKey);

    void merge(W other);
  }

  private ParallelRuns() {}

  /** The runs every experiment of this JVM has played so far (a chunk at a time). */
  public static long played() {
    return PLAYED.sum();
  }

  public static <W extends Worker<W>> W run(
      Draws draws, long from, long to, int threads, Supplier<W> factory, LongConsumer progress) {
    long chunks = (to - from + CHUNK - 1) / CHUNK;
    int workers = (int) Math.max(1, Math.min(threads, chunks));
    AtomicLong next = new AtomicLong();
    AtomicLong done = new AtomicLong(from);
    List<W> parts = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      parts.add(factory.get());
    }
    if (workers == 1) {
      work(draws, from, to, chunks, next, done, parts.get(0), progress);
      return parts.get(0);
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "hcsim-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (W w : parts) {
        futures.add(pool.submit(() -> work(draws, from, to, chunks, next, done, w, progress)));
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
    W merged = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      merged.merge(parts.get(i));
    }
    return merged;
  }

  private static void work(
      Draws draws, long from, long to, long chunks, AtomicLong next, AtomicLong done, Worker<?> w, LongConsumer progress) {
    long chunk;
    while ((chunk = next.getAndIncrement()) < chunks) {
      long start = from + chunk * CHUNK;
      long end = Math.min(to, start + CHUNK);
      for (long run = start; run < end; run++) {
        w.play(run, draws.runKey(run));
      }
      PLAYED.add(end - start);
      progress.accept(done.addAndGet(end - start));
    }
  }
}
