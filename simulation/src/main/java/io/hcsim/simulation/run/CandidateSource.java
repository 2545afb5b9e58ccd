package io.hcsim.simulation.run;

import io.hcsim.core.pool.CompetencyStructure;
import io.hcsim.core.pool.SelfAssessmentError;

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
   * The candidate behind a stated profile: the profile itself when {@code error} is none, else
   * the profile less the leniency, drawn around with the uncertainty in every run (see {@link
   * SelfAssessment}).
   */
  static CandidateSource stated(Candidate candidate, SelfAssessmentError error, CompetencyStructure structure) {
    return error.exact() ? fixed(candidate) : new SelfAssessment(candidate, error, structure);
  }
}
