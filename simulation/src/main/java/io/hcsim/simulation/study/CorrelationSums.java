package io.hcsim.simulation.study;

import io.hcsim.simulation.estimate.Wilson;

/**
 * The sums a Pearson correlation needs, kept exactly: each value is rounded to a fixed point of
 * 2^-20 and the sums of squares and products are 128-bit integers, so that workers merged in any
 * order give the same bits (floating-point sums would depend on which thread played which chunk).
 * Values are clipped to +-16, far outside any overall or score a study correlates.
 */
final class CorrelationSums {
  private static final double SCALE = 0x1p20;
  private static final double LIMIT = 16;

  private long n;
  private long sumX;
  private long sumY;
  private final Int128 sumXx = new Int128();
  private final Int128 sumYy = new Int128();
  private final Int128 sumXy = new Int128();

  void add(double x, double y) {
    long qx = fixed(x);
    long qy = fixed(y);
    n++;
    sumX += qx;
    sumY += qy;
    sumXx.add(qx * qx);
    sumYy.add(qy * qy);
    sumXy.add(qx * qy);
  }

  void merge(CorrelationSums o) {
    n += o.n;
    sumX += o.sumX;
    sumY += o.sumY;
    sumXx.add(o.sumXx);
    sumYy.add(o.sumYy);
    sumXy.add(o.sumXy);
  }

  long count() {
    return n;
  }

  /** The correlation with its Fisher-z interval on the pairs counted; NONE under four pairs or with no spread. */
  Estimate correlation() {
    return correlation(n);
  }

  /** The correlation with its Fisher-z interval taken as if on {@code effective} independent pairs. */
  Estimate correlation(long effective) {
    if (n < 4) {
      return Estimate.NONE;
    }
    double mx = sumX / SCALE / n;
    double my = sumY / SCALE / n;
    double vx = sumXx.toDouble() / (SCALE * SCALE) / n - mx * mx;
    double vy = sumYy.toDouble() / (SCALE * SCALE) / n - my * my;
    double cxy = sumXy.toDouble() / (SCALE * SCALE) / n - mx * my;
    if (vx <= 0 || vy <= 0) {
      return Estimate.NONE;
    }
    return fisher(Math.max(-1, Math.min(1, cxy / Math.sqrt(vx * vy))), effective);
  }

  /** {@code r} with its 95% interval by Fisher's z on {@code n} pairs (NONE under four). */
  static Estimate fisher(double r, long n) {
    if (n < 4 || Double.isNaN(r)) {
      return Estimate.NONE;
    }
    double z = 0.5 * Math.log((1 + r) / (1 - r));
    double half = Wilson.Z95 / Math.sqrt(n - 3.0);
    return new Estimate(r, Math.tanh(z - half), Math.tanh(z + half));
  }

  private static long fixed(double v) {
    return Math.round(Math.max(-LIMIT, Math.min(LIMIT, v)) * SCALE);
  }

  /** A signed 128-bit sum: products of 2^24-sized values over up to 10^10 candidates overflow a long. */
  static final class Int128 {
    private long high;
    private long low;

    void add(long v) {
      long sum = low + v;
      high += (v >> 63) + (Long.compareUnsigned(sum, low) < 0 ? 1 : 0);
      low = sum;
    }

    void add(Int128 o) {
      long sum = low + o.low;
      high += o.high + (Long.compareUnsigned(sum, low) < 0 ? 1 : 0);
      low = sum;
    }

    double toDouble() {
      double unsignedLow = (double) (low >>> 1) * 2 + (low & 1);
      return high * 0x1p64 + unsignedLow;
    }
  }
}
