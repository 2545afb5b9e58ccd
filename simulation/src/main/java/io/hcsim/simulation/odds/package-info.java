/**
 * The odds around one candidate that {@code hcsim simulate} adds to the headline: the effective
 * bar of the loop for the candidate's shape, and the odds applying one level lower or higher.
 */
package io.hcsim.simulation.odds;
