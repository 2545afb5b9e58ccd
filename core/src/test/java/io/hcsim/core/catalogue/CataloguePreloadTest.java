package io.hcsim.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CataloguePreloadTest {
  @Test
  void partsAreReadOnAnotherThreadFromTheOneBundledCatalogue() throws Exception {
    CompletableFuture<Catalogue> seen = new CompletableFuture<>();
    CompletableFuture<String> on = new CompletableFuture<>();
    CatalogueLoader.preload(List.of(c -> {
      on.complete(Thread.currentThread().getName());
      seen.complete(c);
    }));
    assertThat(seen.get(30, TimeUnit.SECONDS)).isSameAs(CatalogueLoader.bundled());
    assertThat(on.get()).isEqualTo("hcsim-preload");
  }

  @Test
  void aPartThatFailsInTheBackgroundPrintsNothingAndIsLeftToItsCaller() throws Exception {
    CompletableFuture<Thread> failedOn = new CompletableFuture<>();
    List<Throwable> escaped = new CopyOnWriteArrayList<>();
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    // Where an uncaught exception would go: by default, a stack trace on the user's terminal.
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> escaped.add(e));
    try {
      CatalogueLoader.preload(List.of(c -> {
        failedOn.complete(Thread.currentThread());
        throw new IllegalStateException("a broken part");
      }));
      Thread preloader = failedOn.get(30, TimeUnit.SECONDS);
      preloader.join(TimeUnit.SECONDS.toMillis(30));
      assertThat(preloader.isAlive()).isFalse();
      assertThat(escaped).as("what escaped the preloading thread").isEmpty();
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
  }
}
