package io.hcsim.simulation.trace;


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

  /**
   * What a round's outcome ends, before the owner reads the signal, in the order the engine
   * applies the rules: a veto, a must-have at Strong No, the gate (blamed on pay when the pay step
   * alone put the recommendation under it), then a second Strong No. Shared by the simulated loop
   * and the replay of real scorecards.
   *
   * @param strongNos Strong No recommendations so far, this round's included
   */
  public static Stop afterRound(boolean vetoed, boolean mustHaveFailed, int recommendation, int gateMinimum,
      boolean payStep, int strongNos) {
    if (vetoed) {
      return VETO;
    }
    if (mustHaveFailed) {
      return MUST_HAVE;
    }
    if (recommendation < gateMinimum) {
      return payStep && recommendation + 1 >= gateMinimum ? PAY : GATE;
    }
    return recommendation == 1 && strongNos >= 2 ? TWO_STRONG_NO : NONE;
  }

  /** Whether the owner's reading of the signal can still change this outcome. */
  public boolean readsSignal() {
    return this == NONE || this == PAY;
  }

  /**
   * The outcome once the owner has read the signal: a signal that puts the lowest offerable level
   * out of reach ends a loop that would have gone on, and takes the blame off pay (pay did not
   * stop it alone).
   */
  public Stop afterReading(boolean signalClears) {
    if (signalClears || !readsSignal()) {
      return this;
    }
    return this == PAY ? GATE : SIGNAL;
  }
}
