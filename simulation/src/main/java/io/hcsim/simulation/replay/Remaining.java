package io.hcsim.simulation.replay;

import java.util.Optional;

/**
 * For an unfinished loop: the chance that it ends in an offer if the remaining rounds are played,
 * with its 95% interval, and the round still to come whose rating would move that chance most.
 *
 * @param swing P(offer | that round recommends Lean Hire or better) - P(offer | it does not)
 */
public record Remaining(long runs, double offer, double low, double high, Optional<String> mostDecisiveRound, double swing) {}
