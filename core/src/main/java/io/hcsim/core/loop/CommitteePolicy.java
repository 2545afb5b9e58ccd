package io.hcsim.core.loop;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The committee's rule and its parameters.
 *
 * @param confidence P(overall >= bar) needed to hire at a level
 * @param holdMargin HOLD when the best probability is within this of the confidence ...
 * @param holdSd ... and some weighted competency's posterior SD is at least this
 * @param levelsBelow how many levels under the target it may offer (down-level)
 * @param levelsAbove how many levels over the target it may offer
 * @param compensationTolerance an expectation more than this fraction above the target band's
 *     top costs the candidate a step at a round that checks compensation
 * @param competingOfferStep each competing offer moves the offer this fraction up its band
 * @param severityCorrection how much of an interviewer's known severity the committee takes off
 *     when it reads a rating (0 = none, 1 = all): committees discount a harsh or lenient
 *     interviewer only in part
 */
public record CommitteePolicy(
    DecisionRule rule,
    double confidence,
    double holdMargin,
    double holdSd,
    int levelsBelow,
    int levelsAbove,
    double compensationTolerance,
    double competingOfferStep,
    double severityCorrection) {
  public CommitteePolicy {
    checkArgument(confidence > 0 && confidence < 1, "confidence must be in (0, 1)");
    checkArgument(holdMargin >= 0 && holdMargin < confidence, "holdMargin must be in [0, confidence)");
    checkArgument(holdSd >= 0, "holdSd must be >= 0");
    checkArgument(levelsBelow >= 0 && levelsAbove >= 0, "level window must be >= 0");
    checkArgument(compensationTolerance >= 0, "compensationTolerance must be >= 0");
    checkArgument(competingOfferStep >= 0 && competingOfferStep <= 1, "competingOfferStep in [0, 1]");
    checkArgument(severityCorrection >= 0 && severityCorrection <= 1, "severityCorrection in [0, 1]");
  }
}
