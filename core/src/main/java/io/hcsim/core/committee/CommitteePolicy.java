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
 *     over the band's top: at an ask a fraction x over the top the recruiter acts on it with
 *     probability 1 - exp(-(x / compensationScale)^2), proposing the next level or ending the process
 * @param typicalRaise the raise over current pay that an offer is anchored on
 * @param competingOfferStep each competing offer (given as a count) moves the offer this fraction
 *     up its band
 * @param severityCorrection how much of an interviewer's known severity the committee takes off
 *     when it reads a rating (0 = none, 1 = all): committees discount a harsh or lenient
 *     interviewer only in part
 * @param overrideAbove a failed interview (Lean No) goes on to the next round, or to an offer,
 *     only when P(overall >= the target's bar) is at least this; 1 = never overridden
 * @param overrulesStrongNo the committee may offer after an interviewer's Strong No
 * @param weaknessGap the committee declines a packet in which a weighted competency's posterior
 *     mean sits more than this under the target's bar (a glaring weakness)
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
    double severityCorrection,
    double overrideAbove,
    boolean overrulesStrongNo,
    double weaknessGap) {
  /** Assumption: see the loop files' header; an override is an exception the owner must argue for. */
  public static final double DEFAULT_OVERRIDE_ABOVE = 0.6;
  /** Assumption: see the loop files' header. */
  public static final double DEFAULT_WEAKNESS_GAP = 0.95;

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
    checkArgument(overrideAbove > 0 && overrideAbove <= 1, "overrideAbove in (0, 1]");
    checkArgument(weaknessGap > 0, "weaknessGap must be > 0");
  }

  /** A policy with the defaults for overrides, Strong No and weaknesses. */
  public CommitteePolicy(DecisionRule rule, double confidence, double upLevelConfidence, double holdMargin,
      double holdSd, int levelsBelow, int levelsAbove, double continueAbove, double compensationScale,
      double typicalRaise, double competingOfferStep, double severityCorrection) {
    this(rule, confidence, upLevelConfidence, holdMargin, holdSd, levelsBelow, levelsAbove, continueAbove,
        compensationScale, typicalRaise, competingOfferStep, severityCorrection, DEFAULT_OVERRIDE_ABOVE, false,
        DEFAULT_WEAKNESS_GAP);
  }

  /** Whether a failed interview can ever be overridden. */
  public boolean overrides() {
    return overrideAbove < 1;
  }

  /**
   * The same rule with every round played to the committee: no reading between rounds, and a
   * committee that weighs a Strong No as evidence rather than as a verdict.
   */
  public CommitteePolicy playingEveryRound() {
    return new CommitteePolicy(rule, confidence, upLevelConfidence, holdMargin, holdSd, levelsBelow, levelsAbove,
        0, compensationScale, typicalRaise, competingOfferStep, severityCorrection, overrideAbove, true, weaknessGap);
  }

  /** The same policy with another rule and confidence; the up-level and hold settings kept valid against it. */
  public CommitteePolicy withRule(DecisionRule newRule, double newConfidence) {
    return new CommitteePolicy(newRule, newConfidence, Math.max(upLevelConfidence, newConfidence),
        Math.min(holdMargin, newConfidence / 2), holdSd, levelsBelow, levelsAbove, continueAbove, compensationScale,
        typicalRaise, competingOfferStep, severityCorrection, overrideAbove, overrulesStrongNo, weaknessGap);
  }

  /**
   * The chance that the recruiter acts on an ask of {@code expectation} when the band's top is
   * {@code bandTop} (proposes the next level or ends the process): 0 up to the top, then rising
   * smoothly towards 1.
   */
  public double payConcern(long expectation, long bandTop) {
    if (expectation <= bandTop || bandTop <= 0) {
      return 0;
    }
    // Graded, never a cliff: a little over the top is a conversation, twice the top almost always a stop.
    double x = ((double) expectation / bandTop - 1) / compensationScale;
    return 1 - Math.exp(-x * x);
  }
}
