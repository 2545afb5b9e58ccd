package io.hcsim.benchmarks;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;

/** The bundled loop compiled for one bundled profile, as the benchmarks use it. */
final class Fixture {
  static final String DEFAULT_LOOP = "ali-health-pm";
  static final String DEFAULT_PROFILE = "consumer-pm-to-health";

  final LoopPlan plan;
  final CandidateProfile profile;
  final Candidate candidate;
  /**
   * Who each run interviews, as {@code simulate} draws them: the stated profile with the
   * self-assessment error it carries (the pool's by default).
   */
  final CandidateSource drawn;

  private Fixture(LoopPlan plan, CandidateProfile profile, Candidate candidate) {
    this.plan = plan;
    this.profile = profile;
    this.candidate = candidate;
    this.drawn = CandidateSource.stated(candidate, profile.selfAssessment(), plan.catalogue().pool().structure());
  }

  static Fixture of(String loopName, String profileName) {
    Library lib = Library.bundled();
    try {
      Loop loop = lib.loop(loopName).value();
      CandidateProfile profile = lib.profile(profileName).value();
      LoopPlan plan = new LoopPlan(lib.catalogue(), loop, profile.targetLevel());
      return new Fixture(plan, profile, Candidate.of(profile, lib.catalogue().competencies()));
    } catch (InvalidInputException e) {
      throw new IllegalStateException("bundled input did not load: " + e.getMessage(), e);
    }
  }
}
