package io.hcsim.simulation.run;

/** Why a loop ended before the committee's decision, or {@link #NONE} when it ran to the decision. */
public enum Stop {
  NONE,
  /** The interviewer's recommendation fell below the round's gate. */
  GATE,
  /** A persona with a veto said Strong No on its veto target. */
  VETO,
  /** A must-have competency was rated Strong No. */
  MUST_HAVE,
  /**
   * The loop's owner read the cumulative signal and judged the lowest level of the committee's
   * window out of reach (P(overall >= its bar) below continueAbove).
   */
  SIGNAL,
  /** A second interviewer recommended Strong No: two strong objections sink a candidacy. */
  TWO_STRONG_NO,
  /** A gate that the candidate would have cleared but for the recruiter's concern about pay. */
  PAY;

  private static final Stop[] VALUES = values();

  static Stop of(int ordinal) {
    return VALUES[ordinal];
  }
}
