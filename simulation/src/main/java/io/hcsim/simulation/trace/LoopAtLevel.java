package io.hcsim.simulation.trace;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;

/**
 * A loop as compiled for one target level, in the plain values a report reads (the engine's
 * compiled form is {@code LoopPlan}).
 *
 * @param rounds the rounds held at the target level, in order
 * @param weights each competency's role weight in the overall, by the catalogue's competency order
 * @param lowestBar the bar of the lowest level the committee may offer
 * @param continueAbove per round, the P(overall >= lowestBar) the loop's owner needs to go on
 *     after it, or a negative number when no interview follows
 */
public record LoopAtLevel(
    Catalogue catalogue,
    Loop loop,
    Level target,
    ImmutableList<Round> rounds,
    ImmutableList<Double> weights,
    double lowestBar,
    ImmutableList<Double> continueAbove) {

  public double weight(int competency) {
    return weights.get(competency);
  }

  public double continueAbove(int round) {
    return continueAbove.get(round);
  }
}
