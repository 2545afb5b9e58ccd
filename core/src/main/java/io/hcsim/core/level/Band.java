package io.hcsim.core.level;

import static com.google.common.base.Preconditions.checkArgument;

/** A level's total-compensation band per year, in the catalogue's currency. */
public record Band(long low, long high, boolean assumed) {
  public Band {
    checkArgument(low >= 0 && high >= low, "band must satisfy 0 <= low <= high: %s..%s", low, high);
  }

  // As a record's, written out for the reason Level gives.
  @Override
  public boolean equals(Object o) {
    return o instanceof Band b && low == b.low && high == b.high && assumed == b.assumed;
  }

  @Override
  public int hashCode() {
    return (Long.hashCode(low) * 31 + Long.hashCode(high)) * 31 + Boolean.hashCode(assumed);
  }

  /** The amount at a fraction {@code t} in [0, 1] of the way up the band. */
  public long at(double t) {
    double clamped = Math.max(0, Math.min(1, t));
    return Math.round(low + clamped * (high - low));
  }
}
