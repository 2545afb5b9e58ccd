/**
 * One simulated loop: the loop compiled for a level ({@link io.hcsim.simulation.run.LoopPlan}, one
 * {@link io.hcsim.simulation.run.RoundPlan} per round), the runner that draws the ratings, applies
 * each round's rules and the committee and records the outcome without allocating, the sources of
 * candidates (a profile, a self-assessment, the pool), and the full trace a debrief shows.
 */
package io.hcsim.simulation.run;
