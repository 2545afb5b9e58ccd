/**
 * Many loops: an experiment plays a range of run numbers on several threads and tallies them into
 * fixed-size integer counters, so memory does not grow with runs and the thread count changes no
 * result; paired scenarios and fields of candidates on the same draws, with the intervals of their
 * differences (Wilson for shares, paired differences for comparisons).
 */
package io.hcsim.simulation.experiment;
