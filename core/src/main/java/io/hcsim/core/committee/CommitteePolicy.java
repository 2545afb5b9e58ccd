package io.hcsim.core.committee;

import static com.google.common.base.Preconditions.checkArgument;

import io.hcsim.core.committee.CommitteePolicy;
import io.hcsim.core.committee.DecisionRule;


/**
 * The committee's rule, its parameters, and how the loop's owner and the recruiter act on the
 * evidence between rounds.
 *
 * @param confidence P(overall >= bar) needed to hire at the target level or below
 * @param upLevelConfidence P(overall >= bar) needed to hire above the target level: a headcount
 *     is opened for a level, so an up-level needs stronger evidence than a hire at it
 * @param holdMargin HOLD when the best probability is within this of the confidence ...
 * @param holdSd ... and some weighted competency's posterior SD is at least this
 * @param levelsBelow how many levels under the target it may offer (down-level)
 * @param levelsAbove how many levels over the target it may offer
 * @param continueAbove after each interview the loop's owner reads the cumulative signal and goes
 *     on only while P(overall >= the lowest bar of the window) is at least this (a round may set
 *     its own)
 * @param compensationScale how fast the recruiter's concern about pay grows with the expectation
 *     over the band's top: an ask a fraction x over the top costs a step with probability
 *     1 - exp(-x / compensationScale)
 * @param typicalRaise the raise over current pay that an offer is anchored on
 * @param competingOfferStep each competing offer (given as a count) moves the offer this fraction
 *     up its band
 * @param severityCorrection how much of an interviewer's known severity the committee takes off
 *     when it reads a rating (0 = none, 1 = all): committees discount a harsh or lenient
 *     interviewer only in part
 */
public record CommitteePolicy(
    DecisionRule rule,
    double confidence,
    double upLevelConfidence,
    double holdMargin,
    double holdSd,
    int levelsBelow,
    int levelsAbove,
    double continueAbove,
    double compensationScale,
    double typicalRaise,
    double competingOfferStep,
    double severityCorrection) {
  public CommitteePolicy {
    checkArgument(confidence > 0 && confidence < 1, "confidence must be in (0, 1)");
    checkArgument(upLevelConfidence >= confidence && upLevelConfidence < 1, "upLevelConfidence in [confidence, 1)");
    checkArgument(holdMargin >= 0 && holdMargin < confidence, "holdMargin must be in [0, confidence)");
    checkArgument(holdSd >= 0, "holdSd must be >= 0");
    checkArgument(levelsBelow >= 0 && levelsAbove >= 0, "level window must be >= 0");
    checkArgument(continueAbove >= 0 && continueAbove < 1, "continueAbove must be in [0, 1)");
    checkArgument(compensationScale > 0, "compensationScale must be > 0");
    checkArgument(typicalRaise >= 0, "typicalRaise must be >= 0");
    checkArgument(competingOfferStep >= 0 && competingOfferStep <= 1, "competingOfferStep in [0, 1]");
    checkArgument(severityCorrection >= 0 && severityCorrection <= 1, "severityCorrection in [0, 1]");
  }

  /**
   * The chance that the recruiter marks a candidate down for asking {@code expectation} when the
   * band's top is {@code bandTop}: 0 up to the top, then rising smoothly towards 1.
   */
  public double payConcern(long expectation, long bandTop) {
    if (expectation <= bandTop || bandTop <= 0) {
      return 0;
    }
    return 1 - Math.exp(-((double) expectation / bandTop - 1) / compensationScale);
  }
}
