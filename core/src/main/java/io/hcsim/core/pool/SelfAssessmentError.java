package io.hcsim.core.pool;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How far a candidate's self-assessment sits from what interviewers would find, in proficiency
 * units: on average {@code leniency} too high on every competency (self-ratings run higher than
 * others' ratings of the same people), and around that an error of SD {@code uncertainty} (self-
 * ratings agree only weakly with others'). The truth of competency c is then drawn as stated_c -
 * leniency + uncertainty z_c; both 0 take the profile as exact. The applicant pool carries the
 * typical values (docs/calibration.md, "Self-assessment"); a profile may state its own.
 */
public record SelfAssessmentError(double leniency, double uncertainty) {
  /** The profile taken as exact. */
  public static final SelfAssessmentError NONE = new SelfAssessmentError(0, 0);
  /** The lowest leniency a file may state: a candidate who rates themselves half a point too low. */
  public static final double MIN_LENIENCY = -0.5;
  /** The highest: a whole point too high everywhere. */
  public static final double MAX_LENIENCY = 1.0;
  /** The largest uncertainty a profile may state: a pool SD and a half. */
  public static final double MAX_UNCERTAINTY = 1.0;

  public SelfAssessmentError {
    checkArgument(Double.isFinite(leniency), "leniency must be finite");
    checkArgument(uncertainty >= 0 && Double.isFinite(uncertainty), "uncertainty must be >= 0");
  }

  /**
   * The uncertainty that a correlation {@code agreement} between self-ratings and the truth implies
   * when the truth has SD {@code sd} and is drawn around the self-rating: sd sqrt(1 - r^2), to two
   * decimals so that the figure shown is the one used.
   */
  public static double uncertaintyFor(double agreement, double sd) {
    checkArgument(agreement >= 0 && agreement <= 1, "agreement must be in [0, 1]");
    return Math.round(100 * sd * Math.sqrt(1 - agreement * agreement)) / 100.0;
  }

  /** Whether the truth is the stated profile itself. */
  public boolean exact() {
    return leniency == 0 && uncertainty == 0;
  }

  /** The same uncertainty without the leniency: the profile as the candidate rates themselves. */
  public SelfAssessmentError asStated() {
    return new SelfAssessmentError(0, uncertainty);
  }
}
