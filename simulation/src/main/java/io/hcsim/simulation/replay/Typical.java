package io.hcsim.simulation.replay;

/**
 * How this loop compares with many of the same candidate in the same loop on the same seed.
 *
 * @param offer P(offer at any level)
 * @param offerAtTarget P(offer at the target level)
 * @param sameOutcome the share of loops that end as this one did (same decision and level)
 * @param common whether no other outcome (a hire at another level, no hire, hold) is more frequent
 */
public record Typical(long runs, double offer, double offerAtTarget, double sameOutcome, boolean common) {}
