/**
 * The loop-design study: candidates drawn from the pool, each loop variant played on the same
 * draws, every decision compared with the truth and with the full-information decision, the
 * metrics with their intervals, and the sweeps and grids of loop parameters.
 */
package io.hcsim.simulation.study;
