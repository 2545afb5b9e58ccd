/**
 * The trace of one loop as plain immutable values: {@link io.hcsim.simulation.trace.LoopRecord}
 * (every round, the decision, the offer, the final belief), {@link
 * io.hcsim.simulation.trace.RoundRecord} (a round's scorecard and the belief after it) and {@link
 * io.hcsim.simulation.trace.Stop}, why a loop ended before the committee's decision, with the order
 * in which a round's outcome ends it. The engine writes these and a debrief reads them; they
 * depend on the core model only.
 */
package io.hcsim.simulation.trace;
