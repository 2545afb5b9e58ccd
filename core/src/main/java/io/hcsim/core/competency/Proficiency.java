package io.hcsim.core.competency;

/**
 * The proficiency scale of every competency: 1 novice, 2 developing, 3 solid at P6, 4 strong at
 * P8, 5 exceptional. Profiles, the applicant pool and the committee's grid all live on it.
 */
public final class Proficiency {
  public static final double MIN = 1.0;
  public static final double MAX = 5.0;

  private Proficiency() {}

  /** The nearest point of the scale. */
  public static double clamp(double value) {
    return Math.max(MIN, Math.min(MAX, value));
  }
}
