package io.hcsim.simulation.experiment;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.OptionalDouble;

/**
 * How an experiment runs: the seed, how many loops (or until P(offer)'s 95% half-width is at
 * most {@code precision}), and on how many threads. The thread count never changes results.
 */
public record Settings(long seed, long runs, OptionalDouble precision, int threads) {
  public static final long MAX_RUNS = 10_000_000_000L;

  public Settings {
    checkArgument(runs >= 1 && runs <= MAX_RUNS, "runs must be 1..10^10");
    checkArgument(precision.isEmpty() || (precision.getAsDouble() > 0 && precision.getAsDouble() < 0.5),
        "precision must be in (0, 0.5)");
    checkArgument(threads >= 1, "threads must be >= 1");
  }

  public static Settings runs(long seed, long runs, int threads) {
    return new Settings(seed, runs, OptionalDouble.empty(), threads);
  }

  /** Run until the half-width is reached; {@code runs} is then the cap. */
  public static Settings precision(long seed, double halfWidth, int threads) {
    return new Settings(seed, MAX_RUNS, OptionalDouble.of(halfWidth), threads);
  }
}
