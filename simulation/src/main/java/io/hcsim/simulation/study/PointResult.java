package io.hcsim.simulation.study;

import com.google.common.collect.ImmutableMap;

/** Every metric of one study point, with its interval. */
public record PointResult(ImmutableMap<String, String> values, ImmutableMap<Metric, Estimate> metrics) {
  public Estimate get(Metric m) {
    return metrics.getOrDefault(m, Estimate.NONE);
  }
}
