/**
 * One simulated loop: the loop compiled for a level ({@link io.hcsim.simulation.run.LoopPlan}, one
 * {@link io.hcsim.simulation.run.RoundPlan} per round), the runner that draws the ratings, applies
 * each round's rules and the committee and records the outcome without allocating, the sources of
 * candidates (a profile, a self-assessment, the pool), and the recorder of a loop's full trace
 * for a debrief (the trace's records are in {@code io.hcsim.simulation.trace}).
 */
package io.hcsim.simulation.run;
