package io.hcsim.core.prep;

import com.google.common.collect.ImmutableMap;
import io.hcsim.core.text.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A built-in preparation strategy: a share of the hours budget per activity (normalised, so the
 * shares need not add up to 1), and who it is for (in English and Chinese). {@code none} has no shares.
 */
public record Strategy(String id, Text description, ImmutableMap<String, Double> shares) {
  public static final String NONE = "none";

  /** The strategy for a budget: each activity's share of {@code budget} hours, to a tenth of an hour. */
  public Plan plan(double budget) {
    double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> hours = new LinkedHashMap<>();
    if (total > 0) {
      shares.forEach((a, s) -> {
        double h = Math.round(budget * s / total * 10) / 10.0;
        if (h > 0) {
          hours.put(a, h);
        }
      });
    }
    return new Plan(id, ImmutableMap.copyOf(hours), OptionalInt.empty(), OptionalDouble.empty());
  }
}
