package io.hcsim.simulation.replay;

import io.hcsim.core.committee.Decision;
import java.util.Optional;

/**
 * On the same random draws, the smallest change of one competency that flips the loop: for a
 * loop without an offer at the target level, the smallest raise that gives one; for an offer, the
 * smallest fall that loses it. Empty competency: none within {@link #LIMIT}.
 *
 * @param raise true when the loop needed a raise (no offer at target), false when it is a fall
 * @param change the size of the change (positive), when one was found
 * @param decision what the committee decides then
 * @param endedAt the round at which the changed loop ends (its gate, must-have, veto, the owner's
 *     reading), which is what flips; empty when it runs through and the decision after the last
 *     round flips
 */
public record Counterfactual(boolean raise, Optional<String> competency, double change, Optional<Decision> decision,
    Optional<io.hcsim.simulation.trace.RoundRecord> endedAt) {
  public static final double STEP = 0.05;
  public static final double LIMIT = 1.0;
}
