package io.hcsim.simulation.run;

/**
 * Who is interviewed in run {@code run}: the same profile every time, or a fresh draw from a
 * population (a study). Implementations fill the given candidate instead of allocating.
 */
public interface CandidateSource {
  void fill(long run, long runKey, Candidate into);

  /** Always the same candidate. */
  static CandidateSource fixed(Candidate candidate) {
    return (run, runKey, into) ->
        into.set(candidate.proficiency, candidate.consistency, candidate.compensation, candidate.competingOffers);
  }
}
