package io.hcsim.core.prep;

/**
 * How preparation adds up, from the catalogue.
 *
 * @param ceiling the most all activities together raise one competency, in proficiency units
 * @param responseSd SD of the log-normal (mean 1) multiplier each candidate draws per activity
 * @param consistencyMax the consistency mock loops raise a candidate towards, and never past
 * @param headroomFrom the proficiency up to which a competency takes an activity's full gains;
 *     above it the gains shrink in proportion to the room left below 5.0
 */
public record Limits(double ceiling, double responseSd, double consistencyMax, double headroomFrom) {
  /** The share of the catalogue's gains a competency at {@code proficiency} (1-5 scale) takes. */
  public double headroom(double proficiency) {
    double top = io.hcsim.core.competency.Proficiency.MAX;
    return Math.max(0, Math.min(1, (top - proficiency) / (top - headroomFrom)));
  }
}
