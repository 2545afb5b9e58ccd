package io.hcsim.core.pool;

import static com.google.common.base.Preconditions.checkArgument;

import io.hcsim.core.level.Level;

/**
 * The applicants who reach a loop for a target level: every competency normal around the
 * level's bar plus {@code offsetFromBar}, with SD {@code sd}, related as {@code structure} says (a
 * general factor plus clusters). It is the committee's prior and the population of a study.
 *
 * @param selfAssessment how far an applicant's self-assessment typically sits from the truth: the
 *     default of a profile that states none
 */
public record ApplicantPool(double offsetFromBar, double sd, CompetencyStructure structure, double consistency,
    SelfAssessmentError selfAssessment) {
  public ApplicantPool {
    checkArgument(sd > 0, "pool sd must be > 0");
    checkArgument(structure != null, "pool structure is needed");
    checkArgument(selfAssessment != null, "pool selfAssessment is needed");
    checkArgument(consistency >= 0 && consistency <= 1, "pool consistency must be in [0, 1]");
  }

  public double mean(Level target) {
    return target.bar() + offsetFromBar;
  }

  /** The same pool with another structure (a study's or a test's variant). */
  public ApplicantPool withStructure(CompetencyStructure other) {
    return new ApplicantPool(offsetFromBar, sd, other, consistency, selfAssessment);
  }
}
