package io.hcsim.simulation.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableMap;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.prep.Limits;
import io.hcsim.core.prep.Plan;
import io.hcsim.core.pool.SelfAssessmentError;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.estimate.PairedDifference;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Preparation raises interview readiness as a mean effect (issue 18, item 5): rehearsal closes part
 * of the gap to a practised candidate, with diminishing returns, and so mock loops and stories
 * help a candidate who interviews below what they know.
 */
class ReadinessPreparationTest {
  private static final Catalogue CAT = Fixtures.CATALOGUE;
  private static final Limits LIMITS = CAT.preparationLimits();
  private static final int K = CAT.competencies().size();

  private static Plan plan(String name, Map<String, Double> hours) {
    return new Plan(name, ImmutableMap.copyOf(hours), OptionalInt.empty(), OptionalDouble.empty());
  }

  private static Candidate veteran(double readiness) {
    Candidate c = Candidate.of(Fixtures.profile("health-tech-veteran-p7"), CAT.competencies());
    c.setReadiness(readiness);
    return c;
  }

  /** A P7 candidate at {@code a} in every competency, typical consistency, who states no readiness. */
  private static Candidate even(double a) {
    Candidate c = new Candidate(K);
    double[] p = new double[K];
    Arrays.fill(p, a);
    c.setApplicant(p, 0.5);
    c.setReadiness(CandidateProfile.UNSTATED_READINESS);
    return c;
  }

  private static PlanTrial trial(Candidate c, CandidateProfile profile) {
    return trial(c, profile, profile.selfAssessment());
  }

  private static PlanTrial trial(Candidate c, CandidateProfile profile, SelfAssessmentError error) {
    LoopPlan loop = new LoopPlan(CAT, Fixtures.defaultLoop(), profile.targetLevel());
    return new PlanTrial(loop, c, CandidateSource.stated(c, error, CAT.pool().structure()),
        profile.preparationResponse(), 2);
  }

  @Test
  void rehearsalClosesAShareOfTheGapWithDiminishingReturnsAndNeverPassesAPractisedCandidate() {
    double start = CandidateProfile.UNSTATED_READINESS;
    double[] after = new double[5];
    double[] hours = {0, 5, 10, 20, 200};
    for (int i = 0; i < hours.length; i++) {
      after[i] = new Preparation(CAT, plan("mock", Map.of("mock_loops", hours[i]))).typical(veteran(start), 1).readiness();
    }
    // No hours, no change; then the known curve: share 0.5 * (1 - exp(-h / 6)) of the gap.
    assertThat(after[0]).isEqualTo(start);
    double gap = LIMITS.readinessPractised() - start;
    assertThat(after[2]).isCloseTo(start + gap * 0.5 * (1 - Math.exp(-10 / 6.0)), within(1e-12));
    // Diminishing returns: the second five hours buy less than the first.
    assertThat(after[2] - after[1]).isLessThan(after[1] - after[0]);
    assertThat(after[3]).isGreaterThan(after[2]);
    // Even 200 hours of every activity never reach past a practised candidate.
    Map<String, Double> everything = new java.util.LinkedHashMap<>();
    CAT.activities().keySet().forEach(a -> everything.put(a, 200.0));
    double most = new Preparation(CAT, plan("all", everything)).typical(veteran(start), 1.5).readiness();
    assertThat(most).isGreaterThan(after[4]).isLessThanOrEqualTo(LIMITS.readinessPractised());
    // Research buys no readiness at all.
    assertThat(new Preparation(CAT, plan("read", Map.of("regulation_landscape", 30.0, "master_products", 30.0)))
        .typical(veteran(start), 1).readiness()).isEqualTo(start);
  }

  @Test
  void anHourOfRehearsalBuysANervousCandidateMoreReadinessThanAPolishedOneAndAPractisedOneNothing() {
    Preparation mock = new Preparation(CAT, plan("mock", Map.of("mock_loops", 5.0)));
    double nervous = mock.typical(veteran(-0.5), 1).readiness() - -0.5;
    double typical = mock.typical(veteran(0), 1).readiness();
    double polished = mock.typical(veteran(0.3), 1).readiness() - 0.3;
    assertThat(nervous).isGreaterThan(typical).isGreaterThan(0);
    assertThat(polished).isZero();
  }

  /**
   * Two candidates whom interviewers see alike today: the veteran, nervous (readiness -0.3), and a
   * polished candidate 0.6 weaker in every competency who shows 0.3 more than they have. Every
   * rating is drawn alike, so their odds are the same; five hours of mock loops help the nervous
   * one far more, since they have more to gain in the room.
   */
  @Test
  void anHourOfMockLoopsHelpsANervousVeteranMoreThanAPolishedCandidateWhoInterviewsAlike() {
    CandidateProfile profile = Fixtures.profile("health-tech-veteran-p7");
    Candidate nervous = veteran(-0.3);
    Candidate polished = veteran(0.3);
    polished.shiftAll(-0.6, 1, 5);
    List<Plan> plans = List.of(plan("none", Map.of()), plan("mock", Map.of("mock_loops", 5.0)));
    // Played as stated: the two interview alike only without the self-assessment's draw, which
    // clamps each at the scale's ends differently.
    PlanTrial.Ranking n = trial(nervous, profile, SelfAssessmentError.NONE).compare(plans, Objective.OFFER, 21, 20_000);
    PlanTrial.Ranking p = trial(polished, profile, SelfAssessmentError.NONE).compare(plans, Objective.OFFER, 21, 20_000);
    assertThat(p.entry("none").hire()).isEqualTo(n.entry("none").hire());
    PairedDifference a = n.entry("mock").delta();
    PairedDifference b = p.entry("mock").delta();
    assertThat(a.difference() - a.halfWidth95()).as("nervous %s against polished %s", a, b)
        .isGreaterThan(2 * (b.difference() + b.halfWidth95()));
  }

  /** Mock loops alone never lower P(offer): the readiness they buy outweighs the good days steadier interviews cost. */
  @ParameterizedTest
  @ValueSource(strings = {"consumer-pm-to-health", "ecommerce-pm-p6", "health-tech-veteran-p7", "even 3.0", "even 3.5",
      "even 4.0"})
  void mockLoopsAloneNeverLowerTheOdds(String who) {
    CandidateProfile profile = Fixtures.profile(who.startsWith("even") ? "health-tech-veteran-p7" : who);
    Candidate c = who.startsWith("even") ? even(Double.parseDouble(who.substring(5)))
        : Candidate.of(profile, CAT.competencies());
    List<Plan> plans = new ArrayList<>();
    plans.add(plan("none", Map.of()));
    for (double h : new double[] {2, 5, 10, 20, 40, 60}) {
      plans.add(plan("mock " + h, Map.of("mock_loops", h)));
    }
    PlanTrial.Ranking r = trial(c, profile).compare(plans, Objective.OFFER, 7, 20_000);
    for (Plan p : plans.subList(1, plans.size())) {
      PairedDifference d = r.entry(p.name()).delta();
      assertThat(d.difference()).as("%s, %s: %s", who, p.name(), d).isGreaterThanOrEqualTo(0);
    }
  }

  /** No activity is wasted on everyone: ten hours of each alone raise P(offer) beyond noise for some bundled profile. */
  @Test
  void everyActivityHelpsSomeBundledProfile() {
    List<Plan> plans = new ArrayList<>();
    plans.add(plan("none", Map.of()));
    CAT.activities().keySet().forEach(a -> plans.add(plan(a, Map.of(a, 10.0))));
    Map<String, Double> best = new java.util.TreeMap<>();
    for (String profile : List.of("consumer-pm-to-health", "ecommerce-pm-p6", "health-tech-veteran-p7")) {
      PlanTrial.Ranking r = PlanTrialTest.trial(profile, 2).compare(plans, Objective.OFFER, 13, 20_000);
      for (Plan p : plans.subList(1, plans.size())) {
        PairedDifference d = r.entry(p.name()).delta();
        best.merge(p.name(), (d.difference() - d.halfWidth95()) / d.halfWidth95(), Math::max);
      }
    }
    assertThat(best).as("lower end of the paired interval, in half-widths, at best").allSatisfy((a, z) ->
        assertThat(z).as(a).isGreaterThan(0));
  }

  @Test
  void theVeteranWhoAnswersLessCrisplyIsToldToRehearse() {
    PlanTrial t = PlanTrialTest.trial("health-tech-veteran-p7", 2);
    Optimizer.Result found = new Optimizer(t).optimise("optimized", 60, 5, Objective.OFFER, 1, 5_000);
    double rehearsal = found.plan().hours("mock_loops") + found.plan().hours("execution_stories");
    assertThat(rehearsal).as("%s", found.plan().hours()).isGreaterThanOrEqualTo(10);
    // Stories-first and mock-heavy against balanced, on the same draws: within noise or better.
    PlanTrial.Ranking r = t.compare(List.of(CAT.strategies().get("balanced").plan(60),
        CAT.strategies().get("stories-first").plan(60), CAT.strategies().get("mock-heavy").plan(60)),
        Objective.OFFER, 5, 40_000);
    PairedDifference stories = r.entry("stories-first").delta();
    assertThat(stories.difference() + stories.halfWidth95()).as("stories-first against balanced: %s", stories)
        .isGreaterThanOrEqualTo(0);
  }
}
