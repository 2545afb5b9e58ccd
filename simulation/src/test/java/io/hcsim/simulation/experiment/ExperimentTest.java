package io.hcsim.simulation.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.committee.DecisionRule;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.estimate.Summary;
import io.hcsim.simulation.estimate.Wilson;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;
import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class ExperimentTest {
  private static final Level P7 = Fixtures.level("P7");

  /**
   * One interview by a persona of severity 0, one competency, majority rule: an offer exactly
   * when the rating is Lean Hire or better, i.e. when a + loop form + round form + rater error >=
   * bar. So P(offer) = Phi((a - bar) / sqrt(loopForm^2 + roundForm^2 k + noise^2)), a closed form.
   */
  private static final Loop ONE_INTERVIEW = Fixtures.interviewsOf("execution", DecisionRule.MAJORITY, "peer");

  private static double exactOfferProbability(double a) {
    double sd = Math.sqrt(Math.pow(ONE_INTERVIEW.loopFormSd(), 2) + Math.pow(ONE_INTERVIEW.roundFormSd(), 2)
        + Math.pow(Fixtures.CATALOGUE.personas().get("peer").noise(), 2));
    // The peer rates against the bar plus its own severity.
    return new NormalDistribution(0, sd).cumulativeProbability(a - P7.bar() - Fixtures.CATALOGUE.personas().get("peer").severity());
  }

  private static Candidate uniform(double a) {
    Candidate c = new Candidate(Fixtures.CATALOGUE.competencies().size());
    double[] p = new double[Fixtures.CATALOGUE.competencies().size()];
    Arrays.fill(p, a);
    c.set(p, 0.5, -1, 0);
    return c;
  }

  private static Accumulator run(Loop loop, Candidate candidate, Settings settings) {
    return new Experiment(new LoopPlan(Fixtures.CATALOGUE, loop, P7), CandidateSource.fixed(candidate), settings).run();
  }

  @Test
  void offerProbabilityMatchesTheClosedFormOfOneInterview() {
    double a = 3.62;
    Accumulator acc = run(ONE_INTERVIEW, uniform(a), Settings.runs(5, 400_000, 2));
    Wilson ci = Wilson.of95(acc.hires(), acc.runs());
    assertThat(ci.contains(exactOfferProbability(a))).as("%s covers %s", ci, exactOfferProbability(a)).isTrue();
    assertThat(ci.halfWidth()).isLessThan(0.002);
  }

  /**
   * Readiness is performance in the room: it moves the observation, so with one interview P(offer)
   * is the closed form at a + readiness, while the true proficiency stays where it was.
   */
  @Test
  void readinessShiftsEveryObservationByItsSize() {
    double a = 3.62;
    for (double readiness : new double[] {-0.15, 0.2}) {
      Candidate c = uniform(a);
      c.setReadiness(readiness);
      Accumulator acc = run(ONE_INTERVIEW, c, Settings.runs(5, 400_000, 2));
      Wilson ci = Wilson.of95(acc.hires(), acc.runs());
      double expected = exactOfferProbability(a + readiness);
      assertThat(ci.contains(expected)).as("readiness %s: %s covers %s", readiness, ci, expected).isTrue();
      assertThat(ci.contains(exactOfferProbability(a))).as("readiness %s moves P(offer)", readiness).isFalse();
      assertThat(c.proficiency(0)).isEqualTo(a);
    }
  }

  @Test
  void wilsonIntervalCoversTheTrueValueAbout95PercentOfTheTime() {
    double a = 3.6;
    double truth = exactOfferProbability(a);
    int experiments = 400;
    int covered = 0;
    for (int seed = 0; seed < experiments; seed++) {
      Accumulator acc = run(ONE_INTERVIEW, uniform(a), Settings.runs(1000 + seed, 500, 1));
      covered += Wilson.of95(acc.hires(), acc.runs()).contains(truth) ? 1 : 0;
    }
    assertThat(covered / (double) experiments).isBetween(0.92, 0.975);
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() {
    CandidateProfile p = Fixtures.profile("consumer-pm-to-health");
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, Fixtures.defaultLoop(), p.targetLevel());
    Candidate c = Candidate.of(p, Fixtures.CATALOGUE.competencies());
    Summary one = new Experiment(plan, CandidateSource.fixed(c), Settings.runs(9, 100_001, 1)).run().summary("x", plan, 9);
    Summary two = new Experiment(plan, CandidateSource.fixed(c), Settings.runs(9, 100_001, 2)).run().summary("x", plan, 9);
    Summary five = new Experiment(plan, CandidateSource.fixed(c), Settings.runs(9, 100_001, 5)).run().summary("x", plan, 9);
    assertThat(two).isEqualTo(one);
    assertThat(five).isEqualTo(one);
  }

  @Test
  void aDifferentSeedGivesADifferentButConsistentAnswer() {
    CandidateProfile p = Fixtures.profile("consumer-pm-to-health");
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, Fixtures.defaultLoop(), p.targetLevel());
    Candidate c = Candidate.of(p, Fixtures.CATALOGUE.competencies());
    Accumulator a = new Experiment(plan, CandidateSource.fixed(c), Settings.runs(1, 200_000, 2)).run();
    Accumulator b = new Experiment(plan, CandidateSource.fixed(c), Settings.runs(2, 200_000, 2)).run();
    assertThat(a.hires()).isNotEqualTo(b.hires());
    Wilson ca = Wilson.of95(a.hires(), a.runs());
    Wilson cb = Wilson.of95(b.hires(), b.runs());
    assertThat(ca.low()).isLessThan(cb.high());
    assertThat(cb.low()).isLessThan(ca.high());
  }

  @Test
  void precisionModeStopsSoonAfterReachingTheHalfWidthAndIndependentlyOfThreads() {
    double target = 0.003;
    Accumulator acc = run(ONE_INTERVIEW, uniform(3.5), Settings.precision(4, target, 2));
    Wilson ci = Wilson.of95(acc.hires(), acc.runs());
    assertThat(ci.halfWidth()).isLessThanOrEqualTo(target);
    assertThat(acc.runs() % Experiment.PRECISION_BATCH).isZero();
    double p = acc.hires() / (double) acc.runs();
    double needed = Wilson.Z95 * Wilson.Z95 * p * (1 - p) / (target * target);
    assertThat((double) acc.runs()).as("little overshoot").isLessThan(1.1 * needed + Experiment.PRECISION_BATCH);
    assertThat(run(ONE_INTERVIEW, uniform(3.5), Settings.precision(4, target, 1)).hires()).isEqualTo(acc.hires());
  }

  @Test
  void wilsonAgreesWithCommonsMathForSmallCounts() {
    var reference = new org.apache.commons.math3.stat.interval.WilsonScoreInterval();
    for (int n : new int[] {1, 10, 1000}) {
      for (int k = 0; k <= n; k += Math.max(1, n / 7)) {
        var ci = reference.createInterval(n, k, 0.95);
        Wilson ours = Wilson.of95(k, n);
        assertThat(ours.low()).isCloseTo(Math.max(0, ci.getLowerBound()), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ours.high()).isCloseTo(Math.min(1, ci.getUpperBound()), org.assertj.core.data.Offset.offset(1e-9));
      }
    }
  }
}
