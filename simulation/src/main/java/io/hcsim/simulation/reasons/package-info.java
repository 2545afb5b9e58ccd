/**
 * Why loops end without an offer, read for a coach: the real weak spots, cited more often for this
 * candidate than for an even profile with the same overall on the same draws.
 */
package io.hcsim.simulation.reasons;
