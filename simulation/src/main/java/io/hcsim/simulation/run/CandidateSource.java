package io.hcsim.simulation.run;

import io.hcsim.core.pool.CompetencyStructure;

/**
 * Who is interviewed in run {@code run}: the same profile every time, the profile with the
 * uncertainty of self-assessment, or a fresh draw from a population (a study). Implementations
 * fill the given candidate instead of allocating.
 */
public interface CandidateSource {
  void fill(long run, long runKey, Candidate into);

  /** Always the same candidate. */
  static CandidateSource fixed(Candidate candidate) {
    return (run, runKey, into) -> into.setFrom(candidate);
  }

  /**
   * The stated candidate, or, when {@code uncertainty} is positive, a candidate drawn around them
   * in every run (see {@link SelfAssessment}).
   */
  static CandidateSource stated(Candidate candidate, double uncertainty, CompetencyStructure structure) {
    return uncertainty > 0 ? new SelfAssessment(candidate, uncertainty, structure) : fixed(candidate);
  }
}
