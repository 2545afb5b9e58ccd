package io.hcsim.simulation.run;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;

/**
 * Compiled loops, kept for the next request that needs the same one. Compiling tabulates the
 * signal of every combination of ratings (milliseconds for a loop whose communication is rated in
 * seven rounds), and `simulate` compiles the loop at three levels (the target and the levels
 * around it) on every call: a server that answers a slider's every move would spend most of its
 * time doing so again. A {@link LoopPlan} is immutable and shared by threads, and two loops equal
 * as values compile alike, so a kept one gives the very answers a new one would.
 *
 * <p>Bounded, and the plans are softly held, so that a study's many variants cannot hold memory
 * the JVM needs.
 */
public final class LoopPlans {
  private static final int KEPT = 12;

  /** The catalogue by identity (one per library; its values are large to compare), the rest by value. */
  private record Key(Catalogue catalogue, Loop loop, Level target) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.catalogue == catalogue && k.loop.equals(loop) && k.target.equals(target);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * System.identityHashCode(catalogue) + loop.hashCode()) + target.hashCode();
    }
  }

  private static final LoadingCache<Key, LoopPlan> PLANS = CacheBuilder.newBuilder()
      .maximumSize(KEPT)
      .softValues()
      .build(CacheLoader.from(k -> new LoopPlan(k.catalogue, k.loop, k.target)));

  private LoopPlans() {}

  /** The loop compiled for the target level: a kept plan when the same loop was compiled before. */
  public static LoopPlan of(Catalogue catalogue, Loop loop, Level target) {
    return PLANS.getUnchecked(new Key(catalogue, loop, target));
  }
}
