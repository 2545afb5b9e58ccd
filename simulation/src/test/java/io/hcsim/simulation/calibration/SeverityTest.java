package io.hcsim.simulation.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.loop.Loop;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.experiment.Paired;
import io.hcsim.simulation.experiment.PairedDifference;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopPlan;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A harsher interviewer never helps a candidate, over the whole range a persona's severity may
 * take (-1.5 to 1.5): each step up, on the same draws, leaves P(offer) no higher. It failed before the
 * loop could end at any round: a rater giving almost only Strong No carried no information, so
 * the committee ignored it and the candidate gained a little. Beyond 1.5 it still does, by a few
 * runs in 200,000 (the peer for the veteran, 1.5 to 2), which is why the range ends there.
 */
class SeverityTest {
  private static final long RUNS = 200_000;
  /**
   * Two runs in 200,000: at the ends of the range a rater who gives nearly one rating to everyone
   * tells the committee almost nothing, and a step toward the middle can flip a loop or two either
   * way. Anything a candidate could notice (0.01 points and up) fails.
   */
  private static final double TOLERANCE = 1e-5;
  private static final double[] SEVERITIES = {-1.5, -1, -0.5, 0, 0.5, 1, 1.5};

  static Stream<Arguments> cases() {
    return Stream.of("consumer-pm-to-health", "health-tech-veteran-p7").flatMap(profile ->
        Stream.of("vp", "peer", "hiring_manager", "hr").map(persona -> Arguments.of(profile, persona)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("cases")
  void aHarsherInterviewerNeverRaisesTheOdds(String profileName, String persona) {
    CandidateProfile profile = Fixtures.profile(profileName);
    Candidate c = Candidate.of(profile, Fixtures.CATALOGUE.competencies());
    Loop loop = Fixtures.defaultLoop();
    for (int i = 1; i < SEVERITIES.length; i++) {
      LoopPlan softer = new LoopPlan(Fixtures.CATALOGUE, Fixtures.withSeverity(loop, persona, SEVERITIES[i - 1]),
          profile.targetLevel());
      LoopPlan harsher = new LoopPlan(Fixtures.CATALOGUE, Fixtures.withSeverity(loop, persona, SEVERITIES[i]),
          profile.targetLevel());
      PairedDifference d = Paired.compare(new Paired.Scenario(softer, c), new Paired.Scenario(harsher, c), 41, RUNS, 2);
      assertThat(d.difference()).as("severity %s -> %s: %s -> %s", SEVERITIES[i - 1], SEVERITIES[i], d.probabilityA(),
          d.probabilityB()).isLessThanOrEqualTo(TOLERANCE);
    }
  }
}
