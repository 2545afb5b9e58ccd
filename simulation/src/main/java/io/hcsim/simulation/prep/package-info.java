/**
 * Preparation played in the simulation: a plan applied to a candidate with per-run response
 * multipliers drawn at sites named by activity, plans compared on the same draws, the optimiser
 * that allocates an hours budget, the levers (a competency raised alone) and the fewest hours that
 * buy a raise; {@link io.hcsim.simulation.prep.PrepResult} and {@link
 * io.hcsim.simulation.prep.HourValueResult} hold what {@code compare}, {@code optimize} and
 * {@code sensitivity} report.
 */
package io.hcsim.simulation.prep;
