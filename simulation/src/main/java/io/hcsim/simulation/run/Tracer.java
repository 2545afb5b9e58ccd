package io.hcsim.simulation.run;

import io.hcsim.simulation.trace.Stop;

/**
 * Receives every step of one loop when a full trace is wanted (a debrief), or the ratings a study
 * pools; null otherwise. An implementation that keeps counts in arrays it owns keeps the run free
 * of allocation.
 */
public interface Tracer {
  void rating(int round, int competency, double observed, int score);

  void roundEnd(int round, int recommendation, boolean compensationStep, Stop stop, int[] codes);

  void decided(LoopOutcome outcome, int[] codes);
}
