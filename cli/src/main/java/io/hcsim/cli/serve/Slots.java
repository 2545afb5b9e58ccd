package io.hcsim.cli.serve;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code running} simulations at once, the rest waiting their turn in arrival order: a
 * queue, not a pile-up. A request finds the queue full, or waits longer than {@code patience},
 * and is refused with 503 and a message saying so; the server goes on serving the others.
 */
final class Slots {
  /** Work that may be refused with a message. */
  interface Work<T> {
    T call() throws Refusal;
  }

  private final Semaphore permits;
  private final int running;
  private final int maxWaiting;
  private final Duration patience;
  private final AtomicInteger waiting = new AtomicInteger();

  Slots(int running, int maxWaiting, Duration patience) {
    this.permits = new Semaphore(running, true);
    this.running = running;
    this.maxWaiting = maxWaiting;
    this.patience = patience;
  }

  <T> T run(Work<T> work) throws Refusal {
    if (!acquire(0)) { // a free slot is taken at once (behind those already waiting: the semaphore is fair)
      if (waiting.incrementAndGet() > maxWaiting) {
        waiting.decrementAndGet();
        throw busy();
      }
      boolean got;
      try {
        got = acquire(patience.toMillis());
      } finally {
        waiting.decrementAndGet();
      }
      if (!got) {
        throw busy();
      }
    }
    try {
      return work.call();
    } finally {
      permits.release();
    }
  }

  private boolean acquire(long millis) {
    try {
      return permits.tryAcquire(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private Refusal busy() {
    return Refusal.of(503, "the server is busy: " + running + " simulations are running and " + maxWaiting
        + " more are waiting; try again in a moment");
  }
}
