package io.hcsim.simulation.calendar;

/**
 * How many loops were decided after how many days, in quarter days up to two years (later ones
 * fall in the last bin): integer counts, so merging workers in any order gives the same result.
 */
public final class DayCounts {
  static final int PER_DAY = 4;
  static final int BINS = 730 * PER_DAY + 1;

  private final long[] bins = new long[BINS];
  private long n;

  public void add(double days) {
    bins[(int) Math.min(BINS - 1, Math.round(days * PER_DAY))]++;
    n++;
  }

  public void merge(DayCounts other) {
    for (int i = 0; i < BINS; i++) {
      bins[i] += other.bins[i];
    }
    n += other.n;
  }

  public long count() {
    return n;
  }

  /** The p-quantile (to a quarter day), or NaN with no loops. */
  public double quantile(double p) {
    return n == 0 ? Double.NaN : atRank(Math.max(1, (long) Math.ceil(n * p)));
  }

  /**
   * The distribution-free 95% interval of the p-quantile: the order statistics at ranks
   * n p -+ z sqrt(n p (1 - p)).
   */
  public double[] quantileInterval(double p, double z) {
    if (n == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double spread = z * Math.sqrt(n * p * (1 - p));
    long low = Math.max(1, (long) Math.floor(n * p - spread));
    long high = Math.min(n, (long) Math.ceil(n * p + spread) + 1);
    return new double[] {atRank(low), atRank(high)};
  }

  private double atRank(long rank) {
    long seen = 0;
    for (int i = 0; i < BINS; i++) {
      seen += bins[i];
      if (seen >= rank) {
        return (double) i / PER_DAY;
      }
    }
    return (double) (BINS - 1) / PER_DAY;
  }
}
