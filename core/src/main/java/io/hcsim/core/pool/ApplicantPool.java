package io.hcsim.core.pool;

import static com.google.common.base.Preconditions.checkArgument;

import io.hcsim.core.level.Level;

/**
 * The applicants who reach a loop for a target level: every competency normal around the
 * level's bar plus {@code offsetFromBar}, with SD {@code sd} and pairwise correlation {@code
 * correlation}. It is the committee's prior and the population of a study.
 */
public record ApplicantPool(double offsetFromBar, double sd, double correlation, double consistency) {
  public ApplicantPool {
    checkArgument(sd > 0, "pool sd must be > 0");
    checkArgument(correlation >= 0 && correlation < 1, "pool correlation must be in [0, 1)");
    checkArgument(consistency >= 0 && consistency <= 1, "pool consistency must be in [0, 1]");
  }

  public double mean(Level target) {
    return target.bar() + offsetFromBar;
  }
}
