package io.hcsim.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The queue of simulations: the running ones bounded, a full queue or a long wait refused with 503. */
class SlotsTest {
  @Test
  void aRequestThatFindsEverySlotTakenPastItsPatienceIsRefusedWithAMessage() throws Exception {
    Slots slots = new Slots(1, 4, Duration.ofMillis(200));
    try (Held held = new Held(slots)) {
      assertThatThrownBy(() -> slots.run(() -> "second")).isInstanceOf(Refusal.class)
          .hasMessageContaining("busy").hasMessageContaining("try again")
          .satisfies(e -> assertThat(((Refusal) e).status()).isEqualTo(503));
    }
    assertThat(slots.run(() -> "third")).isEqualTo("third");
  }

  @Test
  void aFullQueueIsRefusedAtOnceAndAFreeSlotIsTakenAtOnce() throws Exception {
    Slots slots = new Slots(1, 0, Duration.ofSeconds(30));
    assertThat(slots.run(() -> "free")).isEqualTo("free");
    try (Held held = new Held(slots)) {
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> slots.run(() -> "never")).isInstanceOf(Refusal.class).hasMessageContaining("busy");
      assertThat(System.nanoTime() - t0).isLessThan(Duration.ofSeconds(5).toNanos());
    }
  }

  @Test
  void aWaitingRequestRunsOnceTheSlotIsFree() throws Exception {
    Slots slots = new Slots(1, 1, Duration.ofSeconds(30));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<String> waiting;
      try (Held held = new Held(slots)) {
        waiting = pool.submit(() -> slots.run(() -> "waited"));
        Thread.sleep(100);
        assertThat(waiting).isNotDone();
      }
      assertThat(waiting.get()).isEqualTo("waited");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRefusalInsideTheWorkGivesItsSlotBack() throws Exception {
    Slots slots = new Slots(1, 1, Duration.ofMillis(100));
    assertThatThrownBy(() -> slots.run(() -> {
      throw Refusal.of(400, "bad");
    })).hasMessage("bad");
    assertThat(slots.run(() -> "next")).isEqualTo("next");
  }

  /** The one slot held by another thread until closed. */
  private static final class Held implements AutoCloseable {
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private final Future<String> holder;

    Held(Slots slots) throws InterruptedException {
      CountDownLatch running = new CountDownLatch(1);
      holder = pool.submit(() -> slots.run(() -> {
        running.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return "held";
      }));
      running.await();
    }

    @Override
    public void close() throws Exception {
      release.countDown();
      assertThat(holder.get()).isEqualTo("held");
      pool.shutdownNow();
    }
  }
}
