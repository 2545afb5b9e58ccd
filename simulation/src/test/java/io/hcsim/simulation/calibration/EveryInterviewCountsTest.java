package io.hcsim.simulation.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.pool.SelfAssessmentError;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.experiment.Experiment;
import io.hcsim.simulation.experiment.Paired;
import io.hcsim.simulation.estimate.PairedDifference;
import io.hcsim.simulation.experiment.Settings;
import io.hcsim.simulation.estimate.Summary;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopOutcome;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import io.hcsim.simulation.run.PoolSource;
import io.hcsim.simulation.study.LoopVariants;
import io.hcsim.simulation.study.SweepParameter;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The calibration targets of "every interview counts" (docs/calibration.md): every interview can
 * end the loop, the committee declines some of what reaches it, a glaring weakness and an ask far
 * over the band cost what they should. Seeded; intervals (95%) lie inside the targets.
 */
class EveryInterviewCountsTest {
  private static final Level P7 = Fixtures.level("P7");
  private static final int K = Fixtures.CATALOGUE.competencies().size();

  /** The first onsite interview of each bundled loop: the first round after its screens. */
  private static final Map<String, String> FIRST_ONSITE = Map.of(
      "ali-health-pm", "peer",
      "ali-health-pm-open-feedback", "peer",
      "alibaba-classic", "business_manager", // 二面: 一面 is the team's first-round screen
      "panel-committee", "onsite_product",
      "bar-raiser", "onsite_manager");

  private static Loop loop(String name) {
    return Fixtures.load(() -> Fixtures.LIBRARY.loop(name).value());
  }

  private static Candidate even(double a, long compensation) {
    Candidate c = new Candidate(K);
    double[] p = new double[K];
    Arrays.fill(p, a);
    c.set(p, 0.5, compensation, 0);
    return c;
  }

  private static double share(int hits, int n) {
    return hits / (double) n;
  }

  @Test
  void theDefaultLoopOffersEightToTwentyPercentOfTheP7Pool() {
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, Fixtures.defaultLoop(), P7);
    Summary s = new Experiment(plan, new PoolSource(Fixtures.CATALOGUE.pool(), P7, Fixtures.CATALOGUE.competencies()),
        Settings.runs(5, 40_000, 2)).run().summary("pool", plan, 5);
    assertThat(s.hireCi().low()).isGreaterThan(0.08);
    assertThat(s.hireCi().high()).isLessThan(0.20);
  }

  /**
   * For a pool-like candidate (an even 3.2 P7 profile drawn with uncertainty 0.6), on every bundled
   * loop: 15-40% of the loops that reach the first onsite interview end in an offer, and the
   * deciding reading (the committee, or the rule after the last interview) declines 5-20% of the
   * packets it reads.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ali-health-pm", "ali-health-pm-open-feedback", "alibaba-classic", "panel-committee",
      "bar-raiser"})
  void onsiteToOfferAndTheCommitteesDeclinesAreAsRealLoopsHaveThem(String name) {
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, loop(name), P7);
    LoopRunner runner = new LoopRunner(plan);
    CandidateSource source = CandidateSource.stated(even(3.2, -1), new SelfAssessmentError(0, 0.6), Fixtures.CATALOGUE.pool().structure());
    int onsite = plan.rounds().stream().map(r -> r.id()).toList().indexOf(FIRST_ONSITE.get(name));
    int last = plan.rounds().size() - 1;
    boolean committeeRound = plan.rounds().get(last).decides();
    Candidate c = new Candidate(K);
    Draws draws = new Draws(7);
    int reachedOnsite = 0;
    int read = 0;
    int offers = 0;
    for (int run = 0; run < 40_000; run++) {
      long key = draws.runKey(run);
      source.fill(run, key, c);
      LoopOutcome o = runner.run(key, c);
      reachedOnsite += o.roundsReached() > onsite ? 1 : 0;
      // The deciding reading: the committee's round, or the rule after a last interview that passed.
      read += committeeRound ? (o.roundsReached() > last ? 1 : 0) : (o.passed(last) ? 1 : 0);
      offers += o.hired() ? 1 : 0;
    }
    assertThat(share(offers, reachedOnsite)).as("onsite to offer").isBetween(0.15, 0.40);
    assertThat(1 - share(offers, read)).as("declined by the deciding reading").isBetween(0.05, 0.20);
  }

  @Test
  void aConfidenceSweepMovesThePoolsHireRateByThreePoints() {
    PoolSource pool = new PoolSource(Fixtures.CATALOGUE.pool(), P7, Fixtures.CATALOGUE.competencies());
    double[] hire = new double[2];
    String[] confidence = {"0.5", "0.9"};
    for (int i = 0; i < 2; i++) {
      Loop loop = LoopVariants.apply(Fixtures.CATALOGUE, Fixtures.defaultLoop(), P7, SweepParameter.CONFIDENCE, confidence[i]).get(0);
      LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, loop, P7);
      hire[i] = new Experiment(plan, pool, Settings.runs(5, 40_000, 2)).run().summary("pool", plan, 5).hire();
    }
    assertThat(hire[0] - hire[1]).isGreaterThan(0.03);
  }

  static Stream<Arguments> interviewers() {
    return Stream.of("recruiter", "hiring_manager", "peer", "cross_functional", "vp", "hr").map(Arguments::of);
  }

  /** Every interviewing persona of the default loop made 0.5 harsher lowers the veteran's odds by at least a point. */
  @ParameterizedTest
  @MethodSource("interviewers")
  void everyInterviewerMatters(String persona) {
    CandidateProfile veteran = Fixtures.profile("health-tech-veteran-p7");
    Candidate c = Candidate.of(veteran, Fixtures.CATALOGUE.competencies());
    Loop loop = Fixtures.defaultLoop();
    double severity = loop.personas().get(persona).severity();
    LoopPlan base = new LoopPlan(Fixtures.CATALOGUE, loop, veteran.targetLevel());
    LoopPlan harsher = new LoopPlan(Fixtures.CATALOGUE, Fixtures.withSeverity(loop, persona, severity + 0.5),
        veteran.targetLevel());
    PairedDifference d = Paired.compare(new Paired.Scenario(base, c), new Paired.Scenario(harsher, c), 13, 40_000, 2);
    assertThat(d.difference()).as("%s: %s -> %s", persona, d.probabilityA(), d.probabilityB()).isLessThanOrEqualTo(-0.01);
    assertThat(d.onlyB()).as("a harsher interviewer never turns a loop into an offer").isZero();
  }

  /**
   * An otherwise 4.5 P7 profile with any one competency of role weight 0.05 or more at 1.5 loses at
   * least 25 points: the committee reads a weakness from the competency's own ratings (two bad
   * ones), however strong the related competencies are, and the +2 leader's clear no on the
   * ecosystem, which no one else rates, is a no to the role (seed 17: 97.7% for the even 4.5
   * profile; 0.3% to 19.3% with one competency at 1.5).
   */
  @Test
  void anyGlaringWeaknessCostsAtLeastTwentyFivePoints() {
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, Fixtures.defaultLoop(), P7);
    Candidate strong = even(4.5, -1);
    java.util.List<String> failed = new java.util.ArrayList<>();
    java.util.List<String> weighted = plan.loop().roleWeights().entrySet().stream().filter(e -> e.getValue() >= 0.05)
        .map(java.util.Map.Entry::getKey).toList();
    assertThat(weighted).hasSize(K); // every competency of the default loop weighs 0.05 or more
    for (String id : weighted) {
      int comp = Fixtures.CATALOGUE.competencies().indexOf(id);
      Candidate weak = strong.copy();
      weak.raise(comp, -3.0, 5);
      PairedDifference d = Paired.compare(new Paired.Scenario(plan, strong), new Paired.Scenario(plan, weak), 17, 10_000, 2);
      if (d.difference() > -0.25) {
        failed.add(id + " " + d.probabilityA() + " -> " + d.probabilityB());
      }
    }
    assertThat(failed).isEmpty();
  }

  /** Asking twice the band's top leaves at most a third of the odds; five percent over it, at least 90%. */
  @Test
  void payFarOverTheBandIsGraded() {
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, Fixtures.defaultLoop(), P7);
    long top = P7.band().high();
    Candidate none = even(3.8, -1);
    PairedDifference twice = Paired.compare(new Paired.Scenario(plan, none), new Paired.Scenario(plan, even(3.8, 2 * top)),
        19, 40_000, 2);
    PairedDifference over = Paired.compare(new Paired.Scenario(plan, none),
        new Paired.Scenario(plan, even(3.8, top + top / 20)), 19, 40_000, 2);
    assertThat(twice.probabilityB()).isLessThanOrEqualTo(twice.probabilityA() / 3);
    assertThat(over.probabilityB()).isGreaterThanOrEqualTo(0.9 * over.probabilityA());
  }

  /** No offer follows a Strong No recommendation from an interview round (no bundled loop lets the committee overrule one). */
  @ParameterizedTest
  @ValueSource(strings = {"ali-health-pm", "alibaba-classic", "panel-committee", "bar-raiser"})
  void noOfferAfterAStrongNo(String name) {
    Loop loop = loop(name);
    assertThat(loop.committee().overrulesStrongNo()).isFalse();
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, loop, P7);
    LoopRunner runner = new LoopRunner(plan);
    PoolSource pool = new PoolSource(Fixtures.CATALOGUE.pool(), P7, Fixtures.CATALOGUE.competencies());
    Candidate c = new Candidate(K);
    Draws draws = new Draws(23);
    int offers = 0;
    for (int run = 0; run < 40_000; run++) {
      long key = draws.runKey(run);
      pool.fill(run, key, c);
      LoopOutcome o = runner.run(key, c);
      if (o.hired()) {
        offers++;
        assertThat(o.strongNoCount()).as("run %d", run).isZero();
      }
    }
    assertThat(offers).isPositive();
  }
}
