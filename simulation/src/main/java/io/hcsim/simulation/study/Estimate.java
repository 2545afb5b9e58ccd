package io.hcsim.simulation.study;

import io.hcsim.simulation.estimate.Wilson;

/** A measured value with its 95% interval; NaN throughout when there is nothing to measure. */
public record Estimate(double value, double low, double high) {
  public static final Estimate NONE = new Estimate(Double.NaN, Double.NaN, Double.NaN);

  /**
   * The mean of a quantity that takes {@code value[i]} in {@code count[i]} cases, with its normal
   * interval; NONE when there are no cases.
   */
  static Estimate mean(double[] value, long[] count) {
    long n = 0;
    double s = 0;
    double s2 = 0;
    for (int i = 0; i < count.length; i++) {
      n += count[i];
      s += value[i] * count[i];
      s2 += value[i] * value[i] * count[i];
    }
    if (n == 0) {
      return NONE;
    }
    double mean = s / n;
    double half = Wilson.Z95 * Math.sqrt(Math.max(0, s2 / n - mean * mean) / n);
    return new Estimate(mean, mean - half, mean + half);
  }

  public boolean defined() {
    return !Double.isNaN(value);
  }
}
