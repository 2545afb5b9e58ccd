package io.hcsim.core.committee;

import io.hcsim.core.committee.CommitteePolicy;
import io.hcsim.core.level.Band;
import io.hcsim.core.level.Level;
import io.hcsim.core.level.Levels;
import io.hcsim.core.normal.CdfThreshold;
import io.hcsim.core.rating.Rating;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * The committee of one loop for one target level: applies the loop's rule to the evidence and
 * places an offer in the level's band.
 *
 * <ul>
 *   <li>{@code posterior}: hire at the highest level of the window whose bar the overall clears
 *       with probability at least the confidence (the up-level confidence for a level above the
 *       target), provided every weighted competency has been
 *       rated at least once (else HOLD: the prior is no evidence), and, for a level under the
 *       target, provided P(overall >= the target's bar) is at least the confidence less the hold
 *       margin (a packet far under the level it was opened for is declined); HOLD when the best probability
 *       falls short by less than the hold margin while some weighted competency is still uncertain
 *       (posterior SD at least holdSd); otherwise no hire.
 *   <li>{@code majority}: more than half of the recommendations are Lean Hire or better.
 *   <li>{@code consensus}: majority, no Strong No, at least one Strong Hire.
 * </ul>
 *
 * The vote-based rules place a hire at the highest level of the window that the overall more
 * likely than not clears (above the target: with the up-level confidence), or at the window's
 * lowest level when it clears none.
 *
 * <p>The decision is returned as an int code so that a simulated loop allocates nothing: {@link
 * #NO_HIRE}, {@link #HOLD}, or the index (in {@link Levels#ascending()}) of the level hired at.
 */
public final class Committee {
  public static final int NO_HIRE = -1;
  public static final int HOLD = -2;

  private final CommitteePolicy policy;
  private final Levels levels;
  private final Level[] window;
  private final int[] windowIndex;
  private final double[] windowBar;
  /**
   * P(overall >= bar) >= the confidence each level of the window needs (higher above the target),
   * and the same for the vote-based rules' placement; as tests on the normal CDF's argument, which
   * settle most decisions without evaluating it.
   */
  private final CdfThreshold[] windowConfidence;
  private final CdfThreshold[] windowMajority;
  /** Whether each level of the window is under the target (a down-level). */
  private final boolean[] windowBelow;
  private final double targetBar;
  /**
   * A down-level is offered only to a candidate who came close at the target: P(overall >= the
   * target's bar) at least the confidence less the hold margin (the close zone where a HOLD is also
   * possible). Further under the level the headcount was opened for, the committee declines the
   * packet (an assumption; see the loop files' header).
   */
  private final CdfThreshold downLevelFrom;
  /** The best probability that makes a close call a HOLD: the confidence less the hold margin. */
  private final CdfThreshold holdFrom;
  /** Per level (by index): its band, its bar and the span to the next bar, which place an offer. */
  private final Band[] band;
  private final double[] bar;
  private final double[] span;

  public Committee(CommitteePolicy policy, Levels levels, Level target) {
    this.policy = policy;
    this.levels = levels;
    List<Level> w = levels.window(target, policy.levelsBelow(), policy.levelsAbove());
    this.window = w.toArray(new Level[0]);
    this.windowIndex = new int[window.length];
    this.windowBar = new double[window.length];
    this.windowConfidence = new CdfThreshold[window.length];
    this.windowMajority = new CdfThreshold[window.length];
    this.windowBelow = new boolean[window.length];
    this.targetBar = target.bar();
    this.downLevelFrom = CdfThreshold.of(policy.confidence() - policy.holdMargin());
    for (int i = 0; i < window.length; i++) {
      windowIndex[i] = levels.indexOf(window[i]);
      windowBar[i] = window[i].bar();
      boolean above = window[i].rank() > target.rank();
      windowBelow[i] = window[i].rank() < target.rank();
      windowConfidence[i] = CdfThreshold.of(above ? policy.upLevelConfidence() : policy.confidence());
      windowMajority[i] = CdfThreshold.of(above ? policy.upLevelConfidence() : 0.5);
    }
    this.holdFrom = CdfThreshold.of(policy.confidence() - policy.holdMargin());
    int n = levels.ascending().size();
    this.band = new Band[n];
    this.bar = new double[n];
    this.span = new double[n];
    for (int i = 0; i < n; i++) {
      Level level = levels.ascending().get(i);
      band[i] = level.band();
      bar[i] = level.bar();
      span[i] = levels.nextBar(level) - level.bar();
    }
  }

  /** The bar of the lowest level the committee may offer: the loop goes on only while it is in reach. */
  public double lowestBar() {
    return windowBar[0];
  }

  /** The levels the committee may offer, ascending. */
  public List<Level> window() {
    return List.of(window);
  }

  public CommitteePolicy policy() {
    return policy;
  }

  /**
   * Decides from the overall posterior (mean, SD), the largest posterior SD among weighted
   * competencies, whether every weighted competency has been rated at least once, and the tally
   * of recommendations.
   */
  public int decide(double overallMean, double overallSd, double widestSd, boolean fullyAssessed, Tally tally) {
    return decide(overallMean, overallSd, () -> widestSd, fullyAssessed, tally);
  }

  /**
   * {@link #decide(double, double, double, boolean, Tally)} with the widest SD asked for only when
   * it matters (a close call under the posterior rule), since working it out costs a simulated
   * loop a pass over the competencies.
   */
  public int decide(double overallMean, double overallSd, DoubleSupplier widestSd, boolean fullyAssessed, Tally tally) {
    return switch (policy.rule()) {
      case POSTERIOR -> posterior(overallMean, overallSd, widestSd, fullyAssessed);
      case MAJORITY -> majority(tally) ? placeByBelief(overallMean, overallSd) : NO_HIRE;
      case CONSENSUS -> majority(tally) && tally.count(Rating.STRONG_NO) == 0 && tally.count(Rating.STRONG_HIRE) >= 1
          ? placeByBelief(overallMean, overallSd) : NO_HIRE;
    };
  }

  /** The same decision as a value. */
  public Decision decision(double overallMean, double overallSd, double widestSd, boolean fullyAssessed, Tally tally) {
    return toDecision(decide(overallMean, overallSd, widestSd, fullyAssessed, tally));
  }

  public Decision toDecision(int code) {
    return switch (code) {
      case NO_HIRE -> Decision.noHire();
      case HOLD -> Decision.hold();
      default -> Decision.hire(levels.ascending().get(code));
    };
  }

  private int posterior(double mean, double sd, DoubleSupplier widestSd, boolean fullyAssessed) {
    for (int i = window.length - 1; i >= 0; i--) {
      if (windowConfidence[i].reached(z(mean, sd, windowBar[i]))) {
        if (windowBelow[i] && !downLevelFrom.reached(z(mean, sd, targetBar))) {
          break; // too far under the level the headcount was opened for: declined, not down-levelled
        }
        // The pool alone never earns an offer: what no one assessed, the committee must ask about.
        return fullyAssessed ? windowIndex[i] : HOLD;
      }
    }
    // Close: the best probability is within the hold margin of the confidence.
    if (holdFrom.reached(z(mean, sd, windowBar[0])) && widestSd.getAsDouble() >= policy.holdSd()) {
      return HOLD;
    }
    return NO_HIRE;
  }

  private static boolean majority(Tally tally) {
    return 2 * tally.hires() > tally.total();
  }

  private int placeByBelief(double mean, double sd) {
    for (int i = window.length - 1; i >= 0; i--) {
      if (windowMajority[i].reached(z(mean, sd, windowBar[i]))) {
        return windowIndex[i];
      }
    }
    return windowIndex[0];
  }

  /** The normal CDF's argument for P(overall >= bar): the test is phi(z) >= a confidence. */
  private static double z(double mean, double sd, double bar) {
    return (mean - bar) / sd;
  }

  /**
   * The offer for a hire at level {@code levelIndex}. Without current pay it is placed in the band
   * by how far the overall posterior mean sits between this level's bar and the next one's; with
   * it, it starts from current pay plus the typical raise of a move (clipped to the band) and the
   * signal moves it by up to an eighth of the band either way. Each competing offer given as a
   * count moves it a step up the band; a competing amount is matched up to the band's top.
   *
   * @param competingOffers competing offers given as a count
   * @param bestCompeting the largest competing offer given as an amount, or 0
   * @param currentPay the candidate's current yearly pay, or a negative number when not given
   */
  public long offer(int levelIndex, double overallMean, int competingOffers, long bestCompeting, long currentPay) {
    Band band = this.band[levelIndex];
    double bySignal = (overallMean - bar[levelIndex]) / span[levelIndex];
    double t = bySignal;
    if (currentPay >= 0 && band.high() > band.low()) {
      double anchored = (currentPay * (1 + policy.typicalRaise()) - band.low()) / (band.high() - band.low());
      t = clamp01(anchored) + SIGNAL_SWAY * (clamp01(bySignal) - 0.5);
    }
    long offer = roundedAsStated(band.at(t + competingOffers * policy.competingOfferStep()), band);
    return Math.max(offer, Math.min(bestCompeting, band.high()));
  }

  /** The step a recruiter states a yearly package in: 805,000 (80.5万), never 804,854. */
  static final long STATED_STEP = 1_000;

  /** {@code amount} to the nearest {@link #STATED_STEP}, kept inside the band (whose ends are round already). */
  static long roundedAsStated(long amount, Band band) {
    long rounded = Math.round(amount / (double) STATED_STEP) * STATED_STEP;
    return Math.max(band.low(), Math.min(band.high(), rounded));
  }

  /** How far (in fractions of the band) the signal moves an offer anchored on current pay: +-1/8. */
  private static final double SIGNAL_SWAY = 0.25;

  private static double clamp01(double t) {
    return Math.max(0, Math.min(1, t));
  }
}
