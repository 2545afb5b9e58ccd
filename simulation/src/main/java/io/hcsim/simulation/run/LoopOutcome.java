package io.hcsim.simulation.run;

import io.hcsim.simulation.trace.Stop;

/**
 * What one simulated loop ended with, as primitives that the experiment tallies. One instance
 * per {@link LoopRunner}, overwritten by every run so that summary mode allocates nothing.
 */
public final class LoopOutcome {
  /** A committee code: {@code Committee.NO_HIRE}, {@code Committee.HOLD} or a level index. */
  int decision;
  /** How many rounds took place. */
  int roundsReached;
  /** Bit r set when round r let the candidate go on (for a deciding round: hired). */
  long passedMask;
  /** Bit r set when round r's recommendation was Lean Hire or better. */
  long recommendedMask;
  /** The round that ended the loop, or the number of rounds when no round did (decided after). */
  int endedAt;
  /** Up to two competencies cited for a loop without an offer (largest weighted shortfall), -1 if none. */
  int concern1;
  int concern2;
  long offer;
  /** An offer at or above the candidate's stated expectation (false when none is stated). */
  boolean meetsExpectation;
  /** What ended the loop before the decision, or {@link Stop#NONE}. */
  Stop stop;
  /** How many interviewers recommended Strong No. */
  int strongNoCount;
  double overallMean;
  double overallSd;
  /**
   * Set when the loop ended without the committee's reading: the overall is then computed only
   * if asked for, from the runner's ratings of this loop (which stay until its next run).
   */
  boolean overallPending;
  private final LoopRunner runner;

  LoopOutcome(LoopRunner runner) {
    this.runner = runner;
  }

  public int decision() {
    return decision;
  }

  public boolean hired() {
    return decision >= 0;
  }

  public int roundsReached() {
    return roundsReached;
  }

  public boolean passed(int round) {
    return (passedMask & (1L << round)) != 0;
  }

  public boolean recommended(int round) {
    return (recommendedMask & (1L << round)) != 0;
  }

  /** The rounds passed, bit r for round r (what {@link #passed} reads). */
  public long passedRounds() {
    return passedMask;
  }

  /** The rounds that recommended Lean Hire or better, bit r for round r. */
  public long recommendedRounds() {
    return recommendedMask;
  }

  public int endedAt() {
    return endedAt;
  }

  public int concern1() {
    return concern1;
  }

  public int concern2() {
    return concern2;
  }

  /** The loop ended at a gate that the candidate would have cleared but for the pay expectation. */
  public boolean stoppedByCompensation() {
    return stop == Stop.PAY;
  }

  public Stop stop() {
    return stop;
  }

  public int strongNoCount() {
    return strongNoCount;
  }

  public long offer() {
    return offer;
  }

  public boolean meetsExpectation() {
    return meetsExpectation;
  }

  /** The overall's posterior mean when the loop ended. */
  public double overallMean() {
    settleOverall();
    return overallMean;
  }

  public double overallSd() {
    settleOverall();
    return overallSd;
  }

  private void settleOverall() {
    if (overallPending) {
      runner.fillOverall(this);
      overallPending = false;
    }
  }

}
