package io.hcsim.simulation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsim.core.loop.Loop;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.core.rating.Scorecard;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.trace.LoopRecord;
import io.hcsim.simulation.trace.RoundRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Resuming a loop after its held rounds: since draws are addressed by run and site, resuming a
 * simulated loop after the real scorecards of its own first rounds must end exactly as the whole
 * loop did — the codes, the tally, the Strong No count and the anchors carried over from the
 * scorecards are the ones the loop had reached.
 */
class ResumeTest {
  static Stream<Arguments> loopsAndProfiles() {
    return Stream.of(
        Arguments.of(Fixtures.defaultLoop(), "health-tech-veteran-p7"),
        Arguments.of(Fixtures.defaultLoop(), "consumer-pm-to-health"),
        // Interviewers read the earlier feedback: the held ratings must become their anchors.
        Arguments.of(Fixtures.openFeedbackLoop(), "health-tech-veteran-p7"));
  }

  @ParameterizedTest
  @MethodSource("loopsAndProfiles")
  void resumingAfterALoopsOwnFirstRoundsEndsAsTheWholeLoopDid(Loop loop, String profileName) {
    CandidateProfile profile = Fixtures.profile(profileName);
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, loop, profile.targetLevel());
    Candidate candidate = applicant(profile);
    LoopRunner whole = new LoopRunner(plan);
    LoopRunner resumed = new LoopRunner(plan);
    Draws draws = new Draws(31);
    int compared = 0;
    int withHeldRounds = 0;
    for (int run = 0; run < 1_500; run++) {
      long key = draws.runKey(run);
      String expected = summary(whole.run(key, candidate));
      LoopRecord record = whole.trace(run, key, candidate);
      List<Scorecard> held = new ArrayList<>();
      for (int k = 0; k <= record.rounds().size(); k++) {
        assertThat(summary(resumed.resume(key, candidate, HeldRounds.of(plan, held))))
            .as("run %d after %d held rounds", run, k).isEqualTo(expected);
        compared++;
        withHeldRounds += k > 0 ? 1 : 0;
        if (k == record.rounds().size()) {
          break;
        }
        RoundRecord round = record.rounds().get(k);
        if (round.stopped() || round.round().decides()) {
          break; // a loop that ended here is not unfinished after it
        }
        held.add(round.scorecard());
      }
    }
    assertThat(withHeldRounds).as("resumptions after at least one held round").isGreaterThan(1_500);
    assertThat(compared).isGreaterThan(3_000);
  }

  @Test
  void aRoundHeldTwiceIsRefused() {
    CandidateProfile profile = Fixtures.profile("health-tech-veteran-p7");
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, Fixtures.defaultLoop(), profile.targetLevel());
    LoopRecord record = new LoopRunner(plan).trace(0, new Draws(1).runKey(0), applicant(profile));
    Scorecard first = record.rounds().get(0).scorecard();
    assertThatThrownBy(() -> HeldRounds.of(plan, List.of(first, first))).hasMessageContaining("held twice");
  }

  /** The profile's proficiencies and consistency, nothing stated about pay. */
  private static Candidate applicant(CandidateProfile profile) {
    Candidate full = Candidate.of(profile, Fixtures.CATALOGUE.competencies());
    double[] a = new double[Fixtures.CATALOGUE.competencies().size()];
    for (int c = 0; c < a.length; c++) {
      a[c] = full.proficiency(c);
    }
    Candidate c = new Candidate(a.length);
    c.setApplicant(a, profile.consistency());
    return c;
  }

  private static String summary(LoopOutcome o) {
    return "decision " + o.decision() + " offer " + o.offer() + " stop " + o.stop() + " reached " + o.roundsReached()
        + " ended " + o.endedAt() + " passed " + Long.toBinaryString(o.passedRounds()) + " recommended "
        + Long.toBinaryString(o.recommendedRounds()) + " strongNo " + o.strongNoCount() + " concerns " + o.concern1()
        + "," + o.concern2() + " overall " + o.overallMean() + " sd " + o.overallSd();
  }
}
