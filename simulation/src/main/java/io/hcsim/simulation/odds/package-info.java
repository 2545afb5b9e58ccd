/**
 * The odds of one candidate, computed and ready to render: {@link
 * io.hcsim.simulation.odds.SimulationResult} gathers what {@code hcsim simulate} reports (the
 * experiment's summary, the levers, the self-assessment range, the weak spots), with the effective
 * bar of the loop for the candidate's shape and the odds applying one level lower or higher.
 */
package io.hcsim.simulation.odds;
