package io.hcsim.core.scorecard;

import java.util.List;
import java.util.Map;

/** A hiring team's scorecard file as written (YAML or JSON); see {@link ScorecardReader}. */
public record ScorecardFile(String loop, String targetLevel, String candidate, List<RoundEntry> rounds) {
  /** One round's scorecard: ratings per competency (1-4 or a rating name), recommendation, notes. */
  public record RoundEntry(String round, Map<String, String> ratings, String recommendation, String notes) {}
}
