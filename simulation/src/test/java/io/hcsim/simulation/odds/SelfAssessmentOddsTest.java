package io.hcsim.simulation.odds;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.pool.CompetencyStructure;
import io.hcsim.core.pool.SelfAssessmentError;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.estimate.PairedDifference;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The self-assessment read both ways (issue 18, item 6): the leniency takes the same amount off
 * every competency on every run, so on paired draws it can only lower the odds; with no leniency
 * and no uncertainty the candidate played is the stated profile itself.
 */
class SelfAssessmentOddsTest {
  private static final CompetencyStructure STRUCTURE = Fixtures.CATALOGUE.pool().structure();
  private static final int K = Fixtures.CATALOGUE.competencies().size();

  private static Candidate stated(String profile) {
    return Candidate.of(Fixtures.profile(profile), Fixtures.CATALOGUE.competencies());
  }

  @Test
  void noLeniencyAndNoUncertaintyPlayTheStatedProfileExactlyOnEveryRun() {
    Candidate stated = stated("consumer-pm-to-health");
    CandidateSource source = CandidateSource.stated(stated, SelfAssessmentError.NONE, STRUCTURE);
    Candidate into = new Candidate(K);
    Draws draws = new Draws(11);
    for (long run = 0; run < 200; run++) {
      source.fill(run, draws.runKey(run), into);
      for (int c = 0; c < K; c++) {
        assertThat(into.proficiency(c)).isEqualTo(stated.proficiency(c));
      }
      assertThat(into.consistency()).isEqualTo(stated.consistency());
      assertThat(into.readiness()).isEqualTo(stated.readiness());
    }
  }

  @Test
  void theLeniencyMovesEveryCompetencyByItselfOnTheSameDraws() {
    Candidate stated = stated("health-tech-veteran-p7");
    CandidateSource self = CandidateSource.stated(stated, new SelfAssessmentError(0, 0.57), STRUCTURE);
    CandidateSource likely = CandidateSource.stated(stated, new SelfAssessmentError(0.2, 0.57), STRUCTURE);
    CandidateSource shiftedOnly = CandidateSource.stated(stated, new SelfAssessmentError(0.2, 0), STRUCTURE);
    Candidate a = new Candidate(K);
    Candidate b = new Candidate(K);
    Draws draws = new Draws(3);
    int moved = 0;
    for (long run = 0; run < 500; run++) {
      long key = draws.runKey(run);
      self.fill(run, key, a);
      likely.fill(run, key, b);
      for (int c = 0; c < K; c++) {
        assertThat(b.proficiency(c)).isLessThanOrEqualTo(a.proficiency(c));
        if (a.proficiency(c) > 1.2 && a.proficiency(c) < 5) {
          assertThat(a.proficiency(c) - b.proficiency(c)).isCloseTo(0.2, Offset.offset(1e-12));
          moved++;
        }
      }
      shiftedOnly.fill(run, key, b);
      for (int c = 0; c < K; c++) {
        assertThat(b.proficiency(c)).isCloseTo(stated.proficiency(c) - 0.2, Offset.offset(1e-12));
      }
    }
    assertThat(moved).isGreaterThan(4_000);
  }

  /** On the same runs and draws the leniency lowers P(offer) for every bundled profile, clearly. */
  @ParameterizedTest
  @ValueSource(strings = {"consumer-pm-to-health", "ecommerce-pm-p6", "health-tech-veteran-p7"})
  void theLeniencyLowersTheOddsOnPairedDraws(String name) {
    CandidateProfile profile = Fixtures.profile(name);
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, Fixtures.defaultLoop(), profile.targetLevel());
    SelfAssessmentOdds odds = SelfAssessmentOdds.measure(plan, stated(name), new SelfAssessmentError(0.2, 0.57),
        20261125, 8_000);
    PairedDifference d = odds.asRated();
    assertThat(d.probabilityB()).as("as interviewers would likely rate").isLessThan(d.probabilityA());
    assertThat(d.difference() + d.halfWidth95()).as("the paired difference, with its interval").isNegative();
    // The loop is monotone in proficiency on shared draws: a run that offers the lower candidate offers the higher.
    assertThat(d.onlyB()).isZero();
    assertThat(odds.asYouRateYourself()).isEqualTo(d.probabilityA());
  }

  @Test
  void noLeniencyReadsBothWaysAlikeAndNoUncertaintyHasNoRange() {
    String name = "ecommerce-pm-p6";
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, Fixtures.defaultLoop(), Fixtures.profile(name).targetLevel());
    SelfAssessmentOdds calibrated = SelfAssessmentOdds.measure(plan, stated(name), new SelfAssessmentError(0, 0.57),
        5, 4_000);
    assertThat(calibrated.asRated().onlyA()).isZero();
    assertThat(calibrated.asRated().onlyB()).isZero();
    assertThat(calibrated.range()).hasSize(2);
    var weaker = calibrated.range().get(0).offer();
    var stronger = calibrated.range().get(1).offer();
    assertThat(weaker.probabilityB()).isLessThanOrEqualTo(weaker.probabilityA());
    assertThat(stronger.probabilityB()).isGreaterThan(stronger.probabilityA());
    SelfAssessmentOdds exact = SelfAssessmentOdds.measure(plan, stated(name), SelfAssessmentError.NONE, 5, 4_000);
    assertThat(exact.range()).isEmpty();
  }

  @Test
  void theDefaultUncertaintyFollowsFromTheAgreementAndThePoolsSpread() {
    assertThat(SelfAssessmentError.uncertaintyFor(0.29, 0.6)).isEqualTo(0.57);
    assertThat(SelfAssessmentError.uncertaintyFor(1, 0.6)).isEqualTo(0);
    assertThat(SelfAssessmentError.uncertaintyFor(0, 0.6)).isEqualTo(0.6);
    assertThat(Fixtures.CATALOGUE.pool().selfAssessment()).isEqualTo(new SelfAssessmentError(0.2, 0.57));
  }
}
