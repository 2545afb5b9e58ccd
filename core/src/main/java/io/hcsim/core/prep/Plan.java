package io.hcsim.core.prep;

import com.google.common.collect.ImmutableMap;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A preparation plan: hours per activity, and optionally the weeks it is spread over and the
 * hours a week there are. A built-in strategy scaled to a budget is a plan too.
 */
public record Plan(String name, ImmutableMap<String, Double> hours, OptionalInt weeks, OptionalDouble hoursPerWeek) {
  public double totalHours() {
    return hours.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  public double hours(String activity) {
    return hours.getOrDefault(activity, 0.0);
  }
}
