package io.hcsim.core.committee;

import io.hcsim.core.committee.DecisionRule;
import java.util.Locale;

/** How the committee turns the loop's evidence into a decision. */
public enum DecisionRule {
  /** Hire at the highest level whose bar the posterior clears with the loop's confidence. */
  POSTERIOR,
  /** More than half of the recommendations are Lean Hire or better. */
  MAJORITY,
  /** Majority, no Strong No, and at least one Strong Hire (an enthusiastic endorser). */
  CONSENSUS;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
