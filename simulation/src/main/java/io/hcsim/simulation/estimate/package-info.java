/**
 * What runs of the engine estimate, as plain immutable values that a report or any other front
 * end reads without running anything: a share with its Wilson interval, the paired and mean
 * differences between scenarios played on the same draws, a variant's {@link
 * io.hcsim.simulation.estimate.Comparison} with a baseline, and the {@link
 * io.hcsim.simulation.estimate.Summary} of an experiment. It depends on nothing of the engine's, so
 * that every package above can use it.
 */
package io.hcsim.simulation.estimate;

