package io.hcsim.core.prep;

import com.google.common.collect.ImmutableMap;

/** A preparation strategy: hours allotted to each activity. */
public record Strategy(String id, String description, ImmutableMap<String, Double> hours) {
  public double totalHours() {
    return hours.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
