package io.hcsim.core.loop;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How many days pass between one round and the one before it, as a triangular distribution:
 * scheduling is bounded on both sides and has a usual value, which is all a recruiter can say.
 */
public record DayRange(double min, double mode, double max) {
  public DayRange {
    checkArgument(min >= 0 && min <= mode && mode <= max, "expected 0 <= min <= mode <= max");
  }

  /** The days at quantile {@code u} in [0, 1) (inverse CDF of the triangular distribution). */
  public double at(double u) {
    double width = max - min;
    if (width == 0) {
      return min;
    }
    double split = (mode - min) / width;
    return u < split
        ? min + Math.sqrt(u * width * (mode - min))
        : max - Math.sqrt((1 - u) * width * (max - mode));
  }

  public double mean() {
    return (min + mode + max) / 3;
  }
}
