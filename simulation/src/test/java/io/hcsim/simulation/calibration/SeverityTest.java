package io.hcsim.simulation.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.estimate.PairedDifference;
import io.hcsim.simulation.experiment.Paired;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopPlan;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A harsher interviewer never helps a candidate, over the whole range a persona's severity may
 * take (-1.5 to 1.5): each step up, on the same draws, leaves P(offer) no higher. The committee
 * reads ratings at face value (severityCorrection 0), so a harsher rating can only lower what
 * follows from it; with any correction above 0 a harsh rater's Strong No is read as weaker
 * evidence, and a candidate who gets Strong No from most raters gains from the harsher rater (the
 * P5 applicant below gained about 0.3 points from a harsher recruiter with a correction of 0.5).
 */
class SeverityTest {
  private static final long RUNS = 200_000;
  private static final double[] SEVERITIES = {-1.5, -1, -0.5, 0, 0.5, 1, 1.5};

  static Stream<Arguments> cases() {
    Stream<Arguments> bundled = Stream.of("consumer-pm-to-health", "health-tech-veteran-p7").flatMap(profile ->
        Stream.of("vp", "peer", "hiring_manager", "hr").map(persona -> Arguments.of(profile, persona)));
    Stream<Arguments> floor = Stream.of("recruiter", "hiring_manager", "vp").map(persona -> Arguments.of(FLOOR, persona));
    return Stream.concat(bundled, floor);
  }

  /**
   * A P5 applicant with four competencies at the bottom of the scale and an uneven rest, the case
   * the random-profile property found when the committee discounted half of a known severity.
   */
  private static final String FLOOR = "floor-p5";
  private static final double[] FLOOR_PROFICIENCY = {1.6, 3.85, 3.04, 1.01, 1.0, 1.0, 1.0, 3.0, 4.37, 1.59, 1.63};

  private static Candidate candidate(String name) {
    if (!name.equals(FLOOR)) {
      return Candidate.of(Fixtures.profile(name), Fixtures.CATALOGUE.competencies());
    }
    Candidate c = new Candidate(FLOOR_PROFICIENCY.length);
    c.set(FLOOR_PROFICIENCY, 0.0, 300_000, 0);
    return c;
  }

  private static Level target(String name) {
    return name.equals(FLOOR) ? Fixtures.level("P5") : Fixtures.profile(name).targetLevel();
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("cases")
  void aHarsherInterviewerNeverRaisesTheOdds(String profileName, String persona) {
    Candidate c = candidate(profileName);
    Level target = target(profileName);
    Loop loop = Fixtures.defaultLoop();
    for (int i = 1; i < SEVERITIES.length; i++) {
      LoopPlan softer = new LoopPlan(Fixtures.CATALOGUE, Fixtures.withSeverity(loop, persona, SEVERITIES[i - 1]), target);
      LoopPlan harsher = new LoopPlan(Fixtures.CATALOGUE, Fixtures.withSeverity(loop, persona, SEVERITIES[i]), target);
      PairedDifference d = Paired.compare(new Paired.Scenario(softer, c), new Paired.Scenario(harsher, c), 41, RUNS, 2);
      // Exactly: on the same draws a harsher rating never turns a loop into an offer.
      assertThat(d.difference()).as("severity %s -> %s: %s -> %s", SEVERITIES[i - 1], SEVERITIES[i], d.probabilityA(),
          d.probabilityB()).isLessThanOrEqualTo(0);
    }
  }
}
