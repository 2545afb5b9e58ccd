/**
 * A finished {@link io.hcsim.simulation.odds.SimulationResult} rendered: the text a candidate
 * reads first, the JSON with stable keys, and the odds report (HTML or PDF).
 */
package io.hcsim.reports.simulate;
