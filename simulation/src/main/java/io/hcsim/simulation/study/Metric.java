package io.hcsim.simulation.study;

/**
 * What a study measures for each loop, against the truth. A candidate's <em>true level</em> is the
 * highest level the loop may offer (the committee's window) whose bar the true role-weighted
 * overall clears, or none; a decision is <em>right</em> when it offers that level, or no offer when
 * there is none (a hold is no offer). "Qualified" means the truth clears the target level's bar;
 * a hire is an offer at any level.
 */
public enum Metric {
  /** Level-aware accuracy: an offer at the true level, or none when the candidate clears no offerable bar. */
  RIGHT_DECISION("rightDecision", Kind.SHARE),
  /** The right decisions of a loop that offers no one: the share of the pool under every offerable bar. */
  REJECT_ALL_BASELINE("rejectAllBaseline", Kind.SHARE),
  /** The right decisions of a loop that offers everyone the target level: the share whose true level it is. */
  OFFER_ALL_BASELINE("offerAllBaseline", Kind.SHARE),
  /** Hired and qualified, or not hired and not qualified: hire/no-hire right at the target bar, whatever the level. */
  RIGHT_AT_BAR("rightHireAtBar", Kind.SHARE),
  /** The mean of recall and specificity at the target bar: 50% for a loop that hires everyone or no one. */
  BALANCED_ACCURACY("balancedAccuracy", Kind.SHARE),
  /**
   * The area under the ROC curve of the final score against qualified: the chance that a qualified
   * candidate scores above one who is not (ties count half). The score is the committee's
   * P(overall >= target bar) under the posterior rule, the share of Lean Hire or better under a
   * vote rule. Interval by DeLong's method.
   */
  AUC("auc", Kind.COEFFICIENT),
  /**
   * The validity coefficient: the correlation of the final score with the true overall, over all
   * candidates (a loop ended early is scored on the rounds it played). The score is the
   * committee's posterior mean of the overall, or the share of Lean Hire or better under a vote
   * rule. Interval by Fisher's z.
   */
  VALIDITY("validity", Kind.COEFFICIENT),
  /** The validity coefficient over the candidates whose loop reached the committee (no round ended it). */
  VALIDITY_DECIDED("validityDecided", Kind.COEFFICIENT),
  /**
   * Inter-rater reliability: the correlation between two interviewers' ratings of the same
   * competency of the same candidate, pooled over every such pair in every loop (each pair both
   * ways). Interval by Fisher's z on the number of (loop, competency) groups.
   */
  RELIABILITY("interRaterReliability", Kind.COEFFICIENT),
  /** The pooled SD of one competency's ratings within one loop, in rating points. */
  RATING_SD("ratingSdWithinLoop", Kind.RATING),
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
  /** Among the offers: at the candidate's true level. */
  OFFERS_AT_LEVEL("offersAtTrueLevel", Kind.SHARE),
  /** Among the offers: below the true level (a down-level the truth did not call for). */
  OFFERS_BELOW("offersBelowTrueLevel", Kind.SHARE),
  /** Among the offers: above the true level, an offer to someone who clears no offerable bar among them. */
  OFFERS_ABOVE("offersAboveTrueLevel", Kind.SHARE),
  /**
   * The same offer (level, or none) as the full-information reference makes: the loop as given
   * with every interview played and nothing ending it early (gates, the owner's reading,
   * must-haves, vetoes), the committee deciding the level, on the same draws.
   */
  AGREEMENT("agreement", Kind.SHARE),
  HOURS_PER_CANDIDATE("hoursPerCandidate", Kind.HOURS),
  HOURS_PER_HIRE("hoursPerHire", Kind.HOURS),
  /** Days from the first round to the decision (loops with a calendar only). */
  DAYS_MEDIAN("daysMedian", Kind.DAYS),
  DAYS_P90("daysP90", Kind.DAYS);

  /** How a value reads: a share, a coefficient from -1 to 1 (or an AUC), rating points, hours, days. */
  public enum Kind { SHARE, COEFFICIENT, RATING, HOURS, DAYS }

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
