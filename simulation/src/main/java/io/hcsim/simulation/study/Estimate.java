package io.hcsim.simulation.study;

/** A measured value with its 95% interval; NaN throughout when there is nothing to measure. */
public record Estimate(double value, double low, double high) {
  public static final Estimate NONE = new Estimate(Double.NaN, Double.NaN, Double.NaN);

  public boolean defined() {
    return !Double.isNaN(value);
  }
}
