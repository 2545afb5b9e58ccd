package io.hcsim.simulation.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.competency.Proficiency;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.estimate.Comparison;
import io.hcsim.simulation.experiment.Paired.Scenario;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PairedTest {
  static Stream<Arguments> profilesAndLoops() {
    return Stream.of("consumer-pm-to-health", "ecommerce-pm-p6", "health-tech-veteran-p7")
        .flatMap(p -> Stream.of(Fixtures.defaultLoop(), Fixtures.openFeedbackLoop()).map(l -> Arguments.of(p, l)));
  }

  /**
   * A variant that states which competency it raises skips the runs in which the baseline's loop
   * ended before that competency was rated; every count must be what playing those runs gives.
   */
  @ParameterizedTest
  @MethodSource("profilesAndLoops")
  void skippingRunsThatCannotDifferChangesNoCount(String profileName, Loop loop) {
    CandidateProfile profile = Fixtures.profile(profileName);
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, loop, profile.targetLevel());
    Candidate candidate = Candidate.of(profile, Fixtures.CATALOGUE.competencies());
    List<Scenario> stated = new ArrayList<>();
    List<Scenario> played = new ArrayList<>();
    for (int c = 0; c < candidate.competencies(); c++) {
      Candidate better = candidate.copy();
      better.raise(c, 0.4, Proficiency.MAX);
      stated.add(Scenario.raised(plan, better, c));
      played.add(new Scenario(plan, better));
    }
    Scenario base = new Scenario(plan, candidate);
    List<Comparison> skipping = Paired.compareAll(base, stated, 3, 20_000, 2);
    List<Comparison> playingAll = Paired.compareAll(base, played, 3, 20_000, 2);
    assertThat(skipping).isEqualTo(playingAll);
    assertThat(playingAll).anySatisfy(c -> assertThat(c.offer().onlyB()).isPositive());
  }

  /** The skip is taken: a variant that claims to change nothing is never played, so it never differs. */
  @Test
  void aVariantStatedToChangeNothingIsCountedAsTheBaseline() {
    CandidateProfile profile = Fixtures.profile("consumer-pm-to-health");
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, Fixtures.defaultLoop(), profile.targetLevel());
    Candidate candidate = Candidate.of(profile, Fixtures.CATALOGUE.competencies());
    Candidate better = candidate.copy();
    better.shiftAll(1.0, Proficiency.MIN, Proficiency.MAX);
    Scenario base = new Scenario(plan, candidate);
    Comparison claimed = Paired.compareAll(base, List.of(new Scenario(plan, better, 0)), 3, 10_000, 1).get(0);
    Comparison real = Paired.compareAll(base, List.of(new Scenario(plan, better)), 3, 10_000, 1).get(0);
    assertThat(claimed.offer().onlyA() + claimed.offer().onlyB()).isZero();
    assertThat(real.offer().onlyB()).isPositive();
  }
  /**
   * A drawn scenario meets, run by run, the candidates the headline's experiment draws: its
   * baseline counts exactly the experiment's offers on the same seed, a raised variant skips only
   * runs that cannot differ, and the same scenario twice differs in no run.
   */
  @ParameterizedTest
  @MethodSource("profilesAndLoops")
  void aDrawnScenarioPlaysTheHeadlinesCandidates(String profileName, Loop loop) {
    CandidateProfile profile = Fixtures.profile(profileName);
    assertThat(profile.selfAssessment().exact()).as("a bundled profile is drawn").isFalse();
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, loop, profile.targetLevel());
    Candidate candidate = Candidate.of(profile, Fixtures.CATALOGUE.competencies());
    Scenario base = new Scenario(plan, candidate).drawn(profile.selfAssessment());
    Candidate better = candidate.copy();
    better.raise(2, 0.5, Proficiency.MAX);
    List<Comparison> c = Paired.compareAll(base, List.of(base, Scenario.raised(plan, better, 2).drawn(profile.selfAssessment()),
        new Scenario(plan, better).drawn(profile.selfAssessment())), 5, 20_000, 2);
    Accumulator headline = new Experiment(plan, CandidateSource.stated(candidate, profile.selfAssessment(),
        Fixtures.CATALOGUE.pool().structure()), Settings.runs(5, 20_000, 1)).run();
    assertThat(c.get(0).offer().difference()).isZero();
    assertThat(c.get(0).offer().hiresA()).isEqualTo(headline.hires());
    assertThat(c.get(1)).isEqualTo(c.get(2));
  }
}
