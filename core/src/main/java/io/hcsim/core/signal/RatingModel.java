package io.hcsim.core.signal;

import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.normal.NormalCdf;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.rating.Rating;

/**
 * How a persona turns an observation into a rating, shared by the simulation (which draws
 * observations) and the signal (which inverts ratings into beliefs): the persona compares what
 * it observes, less its severity, with cuts at bar - w, bar and bar + w of the target level.
 */
public record RatingModel(double bar, double severity, double cutWidth) {
  /** How the persona really rates. */
  public static RatingModel of(Persona persona, Level target) {
    return new RatingModel(target.bar(), persona.severity(), persona.cutWidth());
  }

  /**
   * How the committee reads the persona's ratings: it knows the persona's severity but takes off
   * only the fraction {@code correction} of it.
   */
  public static RatingModel asCommitteeSees(Persona persona, Level target, double correction) {
    return new RatingModel(target.bar(), correction * persona.severity(), persona.cutWidth());
  }

  /**
   * The rating score 1-4 for an observation (before severity is taken off): 1 plus the number of
   * cuts x = observed - severity - bar reaches among -w, 0 and w. Without branches, since a
   * simulated rating's side of a cut cannot be predicted: for finite x, x >= v exactly when x - v
   * (or x + (-v)) is +0 or positive, since a nonzero exact difference of doubles never rounds to
   * zero; x + 0.0 turns -0 into +0. A sign bit of 1 is a cut not reached.
   */
  public int score(double observed) {
    double x = observed - severity - bar;
    double w = cutWidth;
    return 4 - (int) (Double.doubleToRawLongBits(x + w) >>> 63) - (int) (Double.doubleToRawLongBits(x + 0.0) >>> 63)
        - (int) (Double.doubleToRawLongBits(x - w) >>> 63);
  }

  /** Where on the proficiency scale a (possibly fractional) mean rating sits, for anchoring. */
  public double latentOf(double meanScore) {
    return bar + severity + (meanScore - 2.5) * cutWidth;
  }

  /**
   * P(rating | true proficiency a) when everything between the truth and the rating is normal
   * with SD {@code sd}: the ordinal-probit likelihood the committee uses.
   */
  public double likelihood(Rating rating, double a, double sd) {
    double centre = a - severity - bar;
    double lo = rating.score() == 1 ? Double.NEGATIVE_INFINITY : (rating.score() - 3) * cutWidth;
    double hi = rating.score() == 4 ? Double.POSITIVE_INFINITY : (rating.score() - 2) * cutWidth;
    return cdf((hi - centre) / sd) - cdf((lo - centre) / sd);
  }

  private static double cdf(double z) {
    return z == Double.POSITIVE_INFINITY ? 1 : z == Double.NEGATIVE_INFINITY ? 0 : NormalCdf.phi(z);
  }

  /**
   * SD of everything that separates one rating from the truth, as the committee sees it: loop
   * form, round form at the pool's consistency, and the persona's noise.
   */
  public static double totalNoise(Loop loop, Persona persona, double poolConsistency) {
    return totalNoise(loop, persona, poolConsistency, 1);
  }

  /** {@link #totalNoise} with the interviewer's own error times {@code ownFactor} (after reading earlier feedback). */
  public static double totalNoise(Loop loop, Persona persona, double poolConsistency, double ownFactor) {
    double round = loop.roundFormSd() * loop.roundFormSd() * consistencyFactor(poolConsistency);
    double own = persona.noise() * ownFactor;
    double sd = Math.sqrt(loop.loopFormSd() * loop.loopFormSd() + round + own * own);
    // A loop with no noise at all is allowed; the committee still needs a likelihood that is a
    // function (not a step with 0/0 at the cuts), so it reads such ratings as all but certain.
    return Math.max(sd, MIN_NOISE);
  }

  /** The least noise the committee assumes in a rating (proficiency units). */
  public static final double MIN_NOISE = 0.01;

  /**
   * k(consistency): the factor on round-form variance. 1 at consistency 0.5, 0 for a perfectly
   * consistent candidate, 2 for a candidate whose form swings most from one round to the next.
   */
  public static double consistencyFactor(double consistency) {
    return 2 * (1 - consistency);
  }
}
