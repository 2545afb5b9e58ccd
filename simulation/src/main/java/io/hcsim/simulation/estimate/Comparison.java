package io.hcsim.simulation.estimate;



/**
 * One variant against a baseline played on the same draws: the paired differences in P(offer), in
 * P(offer at the target level), and in the expected offer (a loop without an offer counting 0).
 */
public record Comparison(PairedDifference offer, PairedDifference atTarget, MeanDifference expectedOffer) {}
