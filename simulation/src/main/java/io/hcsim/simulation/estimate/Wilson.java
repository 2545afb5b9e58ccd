package io.hcsim.simulation.estimate;



/**
 * The Wilson score interval for a proportion (Wilson 1927): good coverage even near 0 and 1,
 * where the normal interval fails. Written out because commons-math's version takes int counts
 * and an experiment may run more than 2^31 loops.
 */
public record Wilson(double low, double high) {
  /** z for a two-sided 95% interval. */
  public static final double Z95 = 1.959963984540054;

  public static Wilson of(long successes, long trials, double z) {
    if (trials == 0) {
      return new Wilson(0, 1);
    }
    double n = trials;
    double p = successes / n;
    double z2 = z * z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    // At 0 or n successes the bound is exactly 0 or 1; computed, it can miss by rounding.
    double low = successes == 0 ? 0 : Math.max(0, centre - half);
    double high = successes == trials ? 1 : Math.min(1, centre + half);
    return new Wilson(low, high);
  }

  public static Wilson of95(long successes, long trials) {
    return of(successes, trials, Z95);
  }

  public double halfWidth() {
    return (high - low) / 2;
  }

  public boolean contains(double p) {
    return p >= low && p <= high;
  }
}
