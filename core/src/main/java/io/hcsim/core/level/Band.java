package io.hcsim.core.level;

import static com.google.common.base.Preconditions.checkArgument;

/** A level's total-compensation band per year, in the catalogue's currency. */
public record Band(long low, long high, boolean assumed) {
  public Band {
    checkArgument(low >= 0 && high >= low, "band must satisfy 0 <= low <= high: %s..%s", low, high);
  }

  /** The amount at a fraction {@code t} in [0, 1] of the way up the band. */
  public long at(double t) {
    double clamped = Math.max(0, Math.min(1, t));
    return Math.round(low + clamped * (high - low));
  }
}
