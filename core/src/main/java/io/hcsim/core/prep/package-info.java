/**
 * Preparation as data: activities and their learning curves, the limits on how far they add up,
 * built-in strategies, plans (hours per activity, optionally over weeks) and their file reader,
 * and a plan laid out week by week. Applying a plan to a simulated candidate is in
 * {@code io.hcsim.simulation.prep}.
 */
package io.hcsim.core.prep;
