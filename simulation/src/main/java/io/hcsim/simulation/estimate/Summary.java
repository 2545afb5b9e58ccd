package io.hcsim.simulation.estimate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.committee.Outcome;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What an experiment found, in shares of runs: P(offer) with its 95% Wilson interval, the
 * outcome shares, P(offer) by level, the funnel, the competencies cited in rejections, where
 * rejections happen and the offer range.
 *
 * @param levels P(offer at that level), by level id in ascending order; they sum to {@code hire}
 * @param concerns share of loops without an offer that cite each competency, most cited first
 * @param endings share of loops without an offer that ended at each round ("decision" when the
 *     committee rule said no after the last interview)
 * @param funnel one step per round that can take place, and a last step "decision" when no round
 *     decides (the rule applied after the last interview)
 * @param offersByLevel offer quantiles among the hires at each level that had any
 * @param compensationShare share of loops without an offer that a gate ended only because of the
 *     candidate's pay expectation
 * @param stops share of loops without an offer that ended before the decision, by what ended
 *     them (gate, veto, must-have, signal, pay), most common first
 * @param offerMeetsExpectation P(an offer at or above the stated pay expectation), over all loops;
 *     empty when the profile states none
 * @param offersAfterTwoStrongNo share of offers that followed two or more Strong No
 *     recommendations
 */
public record Summary(
    String profile,
    String loop,
    String targetLevel,
    long seed,
    long runs,
    double hire,
    Wilson hireCi,
    ImmutableMap<Outcome, Double> outcomes,
    ImmutableMap<String, Double> levels,
    ImmutableList<FunnelStep> funnel,
    ImmutableList<Share> concerns,
    ImmutableList<Share> endings,
    Optional<OfferRange> offer,
    ImmutableMap<String, OfferRange> offersByLevel,
    double compensationShare,
    ImmutableList<Share> stops,
    OptionalDouble offerMeetsExpectation,
    double offersAfterTwoStrongNo,
    String currency,
    double hoursPerLoop) {

  /**
   * A round of the funnel: share of runs that reached it, went past it, and got a Lean Hire+;
   * and among the loops that ended in an offer, the share in which it recommended Lean Hire+
   * (NaN when no loop ended in an offer).
   */
  public record FunnelStep(String round, double reached, double passed, double recommended, double recommendedAmongOffers) {}

  /** An id with a share. */
  public record Share(String id, double share) {}

  /**
   * Offers at one level: quantiles and mean in currency units (exact to the experiment's offer bin
   * of 1,000), and the share of them at or above the stated expectation (empty when none is
   * stated).
   */
  public record OfferRange(long p10, long median, long p90, long mean, OptionalDouble atOrAboveExpectation) {}

  public static final String DECISION = "decision";

  /** The 95% Wilson interval of P(offer at {@code level}), from the runs that made this summary. */
  public Wilson levelInterval(String level) {
    return Wilson.of95(Math.round(levels.getOrDefault(level, 0.0) * runs), runs);
  }
}
