package io.hcsim.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
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
  void aPartThatFailsInTheBackgroundLeavesTheCatalogueToItsCallers() throws Exception {
    CompletableFuture<Void> failed = new CompletableFuture<>();
    CatalogueLoader.preload(List.of(c -> {
      failed.complete(null);
      throw new IllegalStateException("a broken part");
    }));
    failed.get(30, TimeUnit.SECONDS);
    assertThat(CatalogueLoader.bundled().competencies().size()).isEqualTo(11);
  }
}
