package io.hcsim.simulation.study;

/**
 * What a study measures for each loop, against the truth. "Qualified" means the candidate's true
 * role-weighted overall clears the target level's bar; a hire is an offer at any level.
 */
public enum Metric {
  /** Hired and qualified, or not hired and not qualified, over all candidates. */
  ACCURACY("accuracy", Kind.SHARE),
  /** Qualified among the hires. */
  PRECISION("precision", Kind.SHARE),
  /** Hired among the qualified. */
  RECALL("recall", Kind.SHARE),
  /** Hired among those not qualified. */
  FALSE_POSITIVE_RATE("falsePositiveRate", Kind.SHARE),
  /** Not hired among the qualified. */
  FALSE_NEGATIVE_RATE("falseNegativeRate", Kind.SHARE),
  HIRE_RATE("hireRate", Kind.SHARE),
  HOLD_RATE("holdRate", Kind.SHARE),
  /** Among the hires: offered the highest level of the committee's window whose bar the truth clears. */
  LEVEL_ACCURACY("levelAccuracy", Kind.SHARE),
  /**
   * The same offer (level, or none) as the loop as given would make with every round played and
   * nothing ending it early (gates, the owner's reading, must-haves, vetoes), on the same draws.
   */
  AGREEMENT("agreement", Kind.SHARE),
  HOURS_PER_CANDIDATE("hoursPerCandidate", Kind.HOURS),
  HOURS_PER_HIRE("hoursPerHire", Kind.HOURS),
  /** Days from the first round to the decision (loops with a calendar only). */
  DAYS_MEDIAN("daysMedian", Kind.DAYS),
  DAYS_P90("daysP90", Kind.DAYS);

  public enum Kind { SHARE, HOURS, DAYS }

  private final String id;
  private final Kind kind;

  Metric(String id, Kind kind) {
    this.id = id;
    this.kind = kind;
  }

  /** The metric's name in JSON and in message keys. */
  public String id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }
}
