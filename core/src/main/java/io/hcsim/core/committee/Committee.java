package io.hcsim.core.committee;

import io.hcsim.core.level.Level;
import io.hcsim.core.level.Levels;
import io.hcsim.core.loop.CommitteePolicy;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.signal.NormalCdf;
import java.util.List;

/**
 * The committee of one loop for one target level: applies the loop's rule to the evidence and
 * places an offer in the level's band.
 *
 * <ul>
 *   <li>{@code posterior}: hire at the highest level of the window whose bar the overall clears
 *       with probability at least the confidence, provided every weighted competency has been
 *       rated at least once (else HOLD: the prior is no evidence); HOLD when the best probability
 *       falls short by less than the hold margin while some weighted competency is still uncertain
 *       (posterior SD at least holdSd); otherwise no hire.
 *   <li>{@code majority}: more than half of the recommendations are Lean Hire or better.
 *   <li>{@code consensus}: majority, no Strong No, at least one Strong Hire.
 * </ul>
 *
 * The vote-based rules place a hire at the highest level of the window that the overall more
 * likely than not clears, or at the window's lowest level when it clears none.
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

  public Committee(CommitteePolicy policy, Levels levels, Level target) {
    this.policy = policy;
    this.levels = levels;
    List<Level> w = levels.window(target, policy.levelsBelow(), policy.levelsAbove());
    this.window = w.toArray(new Level[0]);
    this.windowIndex = new int[window.length];
    this.windowBar = new double[window.length];
    for (int i = 0; i < window.length; i++) {
      windowIndex[i] = levels.indexOf(window[i]);
      windowBar[i] = window[i].bar();
    }
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

  private int posterior(double mean, double sd, double widestSd, boolean fullyAssessed) {
    for (int i = window.length - 1; i >= 0; i--) {
      if (probability(mean, sd, windowBar[i]) >= policy.confidence()) {
        // The pool alone never earns an offer: what no one assessed, the committee must ask about.
        return fullyAssessed ? windowIndex[i] : HOLD;
      }
    }
    double best = probability(mean, sd, windowBar[0]);
    if (best >= policy.confidence() - policy.holdMargin() && widestSd >= policy.holdSd()) {
      return HOLD;
    }
    return NO_HIRE;
  }

  private static boolean majority(Tally tally) {
    return 2 * tally.hires() > tally.total();
  }

  private int placeByBelief(double mean, double sd) {
    for (int i = window.length - 1; i >= 0; i--) {
      if (probability(mean, sd, windowBar[i]) >= 0.5) {
        return windowIndex[i];
      }
    }
    return windowIndex[0];
  }

  private static double probability(double mean, double sd, double bar) {
    return NormalCdf.phi((mean - bar) / sd);
  }

  /**
   * The offer for a hire at level {@code levelIndex}: placed in the band by how far the overall
   * posterior mean sits between this level's bar and the next one's, then raised by competing
   * offers.
   */
  public long offer(int levelIndex, double overallMean, int competingOffers) {
    Level level = levels.ascending().get(levelIndex);
    double span = levels.nextBar(level) - level.bar();
    double t = (overallMean - level.bar()) / span + competingOffers * policy.competingOfferStep();
    return level.band().at(t);
  }
}
