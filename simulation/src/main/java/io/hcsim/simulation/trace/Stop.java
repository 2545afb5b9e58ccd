package io.hcsim.simulation.trace;


/** Why a loop ended before the committee's decision, or {@link #NONE} when it ran to the decision. */
public enum Stop {
  NONE,
  /** The round failed: the interviewer's recommendation fell below its pass mark, and no override followed. */
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
  /**
   * The recruiter ended the process over a pay expectation above the band (where no higher level
   * fits the ask, or the screen did not find the candidate strong enough to propose one).
   */
  PAY;

  /**
   * What a round's outcome ends, before anyone reads the signal, in the order the rules apply: a
   * veto, a must-have at Strong No, a fail, the recruiter ending the process over pay (blamed only
   * where the round passed), then a second Strong No. {@link RoundRules} works out each condition; this is only their order.
   */
  public static Stop afterRound(boolean vetoed, boolean mustHaveFailed, boolean failed, boolean payEnds,
      boolean secondStrongNo) {
    if (vetoed) {
      return VETO;
    }
    if (mustHaveFailed) {
      return MUST_HAVE;
    }
    if (failed) {
      return GATE;
    }
    if (payEnds) {
      return PAY;
    }
    return secondStrongNo ? TWO_STRONG_NO : NONE;
  }

  /**
   * The graver of two outcomes, in the order {@link #afterRound} applies the rules (a veto, a
   * must-have, a fail, pay, a second Strong No): what a day played through ends with when its
   * interviews gave several.
   */
  public static Stop graver(Stop a, Stop b) {
    return rank(a) <= rank(b) ? a : b;
  }

  private static int rank(Stop s) {
    return switch (s) {
      case VETO -> 0;
      case MUST_HAVE -> 1;
      case GATE -> 2;
      case PAY -> 3;
      case TWO_STRONG_NO -> 4;
      case SIGNAL -> 5;
      case NONE -> 6;
    };
  }

  /** Whether the owner's continue rule reads the signal after this outcome (a round that passed). */
  public boolean readsSignal() {
    return this == NONE || this == PAY;
  }

  /**
   * The outcome once the owner has read the signal: a signal that puts the target out of reach
   * ends a loop that would have gone on, and takes the blame off pay (pay did not stop it alone).
   */
  public Stop afterReading(boolean signalClears) {
    return signalClears || !readsSignal() ? this : SIGNAL;
  }

  /** The outcome of a fail once the owner has weighed an override: a strong signal at the target lets it go on. */
  public Stop overridden(boolean signalStrong) {
    return this == GATE && signalStrong ? NONE : this;
  }
}
