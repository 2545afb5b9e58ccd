package io.hcsim.core.prep;

/**
 * How preparation adds up, from the catalogue.
 *
 * @param ceiling the most all activities together raise one competency, in proficiency units
 * @param responseSd SD of the log-normal (mean 1) multiplier each candidate draws per activity
 * @param consistencyMax the consistency mock loops raise a candidate towards, and never past
 * @param headroomFrom the proficiency up to which a competency takes an activity's full gains;
 *     above it the gains shrink in proportion to the room left below 5.0
 * @param readinessPractised the interview readiness practice brings a candidate towards, and never
 *     past: each activity closes a share of the gap, so the further below it a candidate starts,
 *     the more an hour buys, and one already above it gains nothing
 */
public record Limits(double ceiling, double responseSd, double consistencyMax, double headroomFrom,
    double readinessPractised) {
  /** The share of the catalogue's gains a competency at {@code proficiency} (1-5 scale) takes. */
  public double headroom(double proficiency) {
    double top = io.hcsim.core.competency.Proficiency.MAX;
    return Math.max(0, Math.min(1, (top - proficiency) / (top - headroomFrom)));
  }

  /** How far preparation may still raise a candidate of this readiness: the gap to a practised candidate, or 0. */
  public double readinessGap(double readiness) {
    return Math.max(0, readinessPractised - readiness);
  }

  /**
   * The readiness after activities that each close share {@code s_a} of the gap: the shares
   * combine as independent reductions, {@code 1 - prod(1 - s_a)}, so together they never close more
   * than the whole gap and each adds less the more the others have already closed.
   *
   * @param remaining {@code prod(1 - s_a)}, the share of the gap left
   */
  public double readinessAfter(double readiness, double remaining) {
    return readiness + readinessGap(readiness) * (1 - Math.max(0, Math.min(1, remaining)));
  }
}
