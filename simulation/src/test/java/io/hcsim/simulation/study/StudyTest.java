package io.hcsim.simulation.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.hcsim.core.committee.CommitteePolicy;
import io.hcsim.core.committee.DecisionRule;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Gate;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import io.hcsim.core.normal.NormalCdf;
import io.hcsim.core.persona.Persona;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import io.hcsim.simulation.run.PoolSource;
import io.hcsim.simulation.trace.LoopRecord;
import io.hcsim.simulation.trace.RoundRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The study against what is known about panels of interviewers, and its own bookkeeping. */
class StudyTest {
  private static final Level P7 = Fixtures.level("P7");
  private static final double NOISE = 0.6;

  /**
   * k identical interviewers who each rate one competency (the whole role) independently, with no
   * shared form and no early stop; a cut width so wide that no one says Strong No.
   */
  static Loop panel(int k, DecisionRule rule) {
    return panel(k, rule, 1);
  }

  private static Loop panel(int k, DecisionRule rule, int levelsBelow) {
    Persona p = new Persona("panelist", "Panelist", "面试官", "", 0, NOISE, 10, 0, Optional.empty());
    List<Round> rounds = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      rounds.add(new Round("r" + i, "panelist", ImmutableMap.of("product_sense", 1.0), ImmutableSet.of(), Optional.of(Gate.NONE),
          false, Optional.empty(), false, 1.0, OptionalDouble.empty()));
    }
    // Every interview played, and only the committee's rule decides (no fail, Strong No or weakness rule).
    CommitteePolicy c = new CommitteePolicy(rule, 0.7, 0.9, 0.15, 0.35, levelsBelow, 1, 0, 0.2, 0.2, 0.1, 0.5, 1, true, 4);
    return new Loop("panel" + k, "Panel of " + k, "", ImmutableMap.of("panelist", p), ImmutableList.copyOf(rounds),
        ImmutableMap.of("product_sense", 1.0), 0, 0, false, c);
  }

  private static StudyResult study(Loop loop, List<Sweep> sweeps, long n, int threads) {
    List<StudyPoint> points = Study.grid(Fixtures.CATALOGUE, loop, P7, sweeps);
    return new Study(Fixtures.CATALOGUE, loop, P7, points).run(loop.id(), loop.name(), 11, n, threads, sweeps, done -> {});
  }

  private static Sweep sweep(String text, Loop loop) {
    return Sweep.parse(text, LoopVariants.interviews(Fixtures.CATALOGUE, loop, P7));
  }

  @Test
  void aMajorityOfIndependentInterviewersMatchesTheCondorcetJuryTheoremOverThePool() {
    double mean = Fixtures.CATALOGUE.pool().mean(P7);
    double sd = Fixtures.CATALOGUE.pool().sd();
    for (int k : new int[] {1, 3, 5, 7}) {
      StudyResult r = study(panel(k, DecisionRule.MAJORITY), List.of(), 200_000, 2);
      // Closed form: each interviewer says Lean Hire or better with p(a) = Phi((a - bar) / noise); the panel
      // hires on a majority, P(hire | a) = sum_{j > k/2} C(k, j) p^j (1 - p)^(k - j), integrated over the pool
      // (normal, clipped to the 1-5 scale) by Simpson's rule.
      double hire = 0;
      double accuracy = 0;
      int steps = 4000;
      double lo = -8;
      double h = 16.0 / steps;
      for (int i = 0; i <= steps; i++) {
        double z = lo + i * h;
        double a = Math.max(1, Math.min(5, mean + sd * z));
        double p = NormalCdf.phi((a - P7.bar()) / NOISE);
        double majority = 0;
        for (int j = k / 2 + 1; j <= k; j++) {
          majority += binomial(k, j) * Math.pow(p, j) * Math.pow(1 - p, k - j);
        }
        double weight = (i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2) * h / 3 * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
        hire += weight * majority;
        accuracy += weight * (a >= P7.bar() ? majority : 1 - majority);
      }
      PointResult p = r.points().get(0);
      assertThat(p.get(Metric.HIRE_RATE).value()).as("hire rate, k = %d", k).isCloseTo(hire, within(0.004));
      assertThat(p.get(Metric.RIGHT_AT_BAR).value()).as("accuracy, k = %d", k).isCloseTo(accuracy, within(0.004));
      assertThat(p.get(Metric.HIRE_RATE).low()).isLessThan(hire);
      assertThat(p.get(Metric.HIRE_RATE).high()).isGreaterThan(hire);
    }
  }

  @Test
  void theAucOfTheMeanScoreOfIndependentInterviewersMatchesItsIntegralOverThePool() {
    double mean = Fixtures.CATALOGUE.pool().mean(P7);
    double sd = Fixtures.CATALOGUE.pool().sd();
    double zBar = (P7.bar() - mean) / sd;
    for (int k : new int[] {2, 5}) {
      Estimate auc = study(panel(k, DecisionRule.MAJORITY), List.of(), 100_000, 2).points().get(0).get(Metric.AUC);
      // The score is the share of the k votes for Lean Hire or better, Binomial(k, p(a)) with p(a) = Phi((a - bar) /
      // noise): its distribution among the qualified (a >= bar) and the others, by Simpson's rule on each side of
      // the bar, then P(qualified score > other) + P(tie) / 2.
      double[] qualified = votes(k, mean, sd, zBar, 8);
      double[] others = votes(k, mean, sd, -8, zBar);
      double q = java.util.Arrays.stream(qualified).sum();
      double o = java.util.Arrays.stream(others).sum();
      double expected = 0;
      for (int i = 0; i <= k; i++) {
        for (int j = 0; j <= k; j++) {
          expected += qualified[i] / q * others[j] / o * (i > j ? 1 : i == j ? 0.5 : 0);
        }
      }
      double se = (auc.high() - auc.low()) / 2 / io.hcsim.simulation.estimate.Wilson.Z95;
      assertThat(auc.value()).as("k = %d", k).isCloseTo(expected, within(4 * se));
      assertThat(se).as("k = %d", k).isBetween(0.0005, 0.005);
    }
  }

  /** The pool's density times P(j votes | a) for j = 0..k, integrated over z in [from, to] (pool SDs). */
  private static double[] votes(int k, double mean, double sd, double from, double to) {
    int steps = 2000;
    double h = (to - from) / steps;
    double[] out = new double[k + 1];
    for (int i = 0; i <= steps; i++) {
      double z = from + i * h;
      double a = Math.max(1, Math.min(5, mean + sd * z));
      double p = NormalCdf.phi((a - P7.bar()) / NOISE);
      double weight = (i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2) * h / 3 * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
      for (int j = 0; j <= k; j++) {
        out[j] += weight * binomial(k, j) * Math.pow(p, j) * Math.pow(1 - p, k - j);
      }
    }
    return out;
  }

  private static double binomial(int n, int k) {
    double c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }

  @Test
  void accuracyRisesWithIndependentRoundsWithDiminishingReturns() {
    // No down-level: every offer is at the target or above, so accuracy measures the information alone.
    Loop loop = panel(8, DecisionRule.POSTERIOR, 0);
    StudyResult r = study(loop, List.of(sweep("rounds=1,2,4,8", loop)), 100_000, 2);
    double[] acc = r.points().stream().mapToDouble(p -> p.get(Metric.RIGHT_AT_BAR).value()).toArray();
    double[] hours = r.points().stream().mapToDouble(p -> p.get(Metric.HOURS_PER_CANDIDATE).value()).toArray();
    // Gains per added interview: 1 -> 2, 2 -> 4, 4 -> 8.
    double g1 = acc[1] - acc[0];
    double g2 = (acc[2] - acc[1]) / 2;
    double g3 = (acc[3] - acc[2]) / 4;
    assertThat(g1).isGreaterThan(0.01);
    assertThat(g2).isGreaterThan(0).isLessThan(g1);
    assertThat(g3).isGreaterThan(0).isLessThan(g2);
    assertThat(hours).containsExactly(1, 2, 4, 8);
  }

  @Test
  void openFeedbackNarrowsTheSpreadOfRatingsWithoutRaisingAccuracy() throws Exception {
    Loop independent = Fixtures.defaultLoop();
    // Lorenz et al. 2011: social influence narrows the diversity of estimates without making the crowd wiser.
    double spreadIndependent = ratingSpread(LoopVariants.fullInformation(independent));
    double spreadOpen = ratingSpread(LoopVariants.fullInformation(Fixtures.openFeedbackLoop()));
    assertThat(spreadOpen).isLessThan(0.92 * spreadIndependent);
    // A panel rated on one day and a loop with every round played: open feedback is no more accurate.
    Loop panel = Fixtures.LIBRARY.loop("panel-committee").value();
    Loop everyRound = LoopVariants.fullInformation(independent);
    for (Loop loop : List.of(panel, everyRound)) {
      StudyResult r = study(loop, List.of(sweep("visibility=independent,open", loop)), 100_000, 2);
      Estimate closed = r.points().get(0).get(Metric.RIGHT_AT_BAR);
      Estimate open = r.points().get(1).get(Metric.RIGHT_AT_BAR);
      assertThat(open.value()).as(loop.id()).isLessThanOrEqualTo(closed.high());
    }
  }

  /** The mean absolute difference between two interviewers' ratings of the same competency of the same candidate. */
  private static double ratingSpread(Loop loop) {
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, loop, P7);
    LoopRunner runner = new LoopRunner(plan);
    PoolSource pool = new PoolSource(Fixtures.CATALOGUE.pool(), P7, Fixtures.CATALOGUE.competencies());
    Candidate c = new Candidate(Fixtures.CATALOGUE.competencies().size());
    Draws draws = new Draws(5);
    double sum = 0;
    long pairs = 0;
    for (long run = 0; run < 20_000; run++) {
      long key = draws.runKey(run);
      pool.fill(run, key, c);
      LoopRecord record = runner.trace(run, key, c);
      Map<String, List<Integer>> byCompetency = new HashMap<>();
      for (RoundRecord round : record.rounds()) {
        round.scorecard().ratings().forEach((id, rating) ->
            byCompetency.computeIfAbsent(id, x -> new ArrayList<>()).add(rating.score()));
      }
      for (List<Integer> scores : byCompetency.values()) {
        for (int i = 0; i < scores.size(); i++) {
          for (int j = i + 1; j < scores.size(); j++) {
            sum += Math.abs(scores.get(i) - scores.get(j));
            pairs++;
          }
        }
      }
    }
    return sum / pairs;
  }

  @Test
  void aBarRaiserRaisesPrecisionAndLowersTheHireRate() {
    Loop loop = Fixtures.defaultLoop();
    StudyResult r = study(loop, List.of(sweep("bar-raiser=off,on", loop)), 100_000, 2);
    PointResult off = r.points().get(0);
    PointResult on = r.points().get(1);
    assertThat(on.get(Metric.PRECISION).value()).isGreaterThan(off.get(Metric.PRECISION).value());
    assertThat(on.get(Metric.HIRE_RATE).high()).isLessThan(off.get(Metric.HIRE_RATE).low());
    assertThat(on.get(Metric.HOURS_PER_CANDIDATE).value()).isGreaterThan(off.get(Metric.HOURS_PER_CANDIDATE).value());
  }

  @Test
  void theDefaultLoopOffersEightToTwentyPercentOfTheP7PoolAndMostOffersClearTheBar() {
    StudyResult r = study(Fixtures.defaultLoop(), List.of(), 100_000, 2);
    PointResult p = r.points().get(0);
    assertThat(r.qualifiedShare()).isBetween(0.22, 0.28);
    assertThat(p.get(Metric.HIRE_RATE).value()).isBetween(0.08, 0.20);
    assertThat(p.get(Metric.PRECISION).value()).isBetween(0.6, 0.95); // 0.91 since every interview counts
    assertThat(p.get(Metric.DAYS_P90).value()).isBetween(13.0, 52.0);
    assertThat(p.get(Metric.HOURS_PER_HIRE).value()).isGreaterThan(p.get(Metric.HOURS_PER_CANDIDATE).value());
  }

  @Test
  void theThreadCountChangesNothing() {
    Loop loop = Fixtures.defaultLoop();
    List<Sweep> sweeps = List.of(sweep("rounds=2,6", loop), sweep("gates=on,off", loop));
    assertThat(study(loop, sweeps, 30_000, 1)).isEqualTo(study(loop, sweeps, 30_000, 3));
  }

  @Test
  void badSweepsAreOneLineEach() {
    Loop loop = Fixtures.defaultLoop();
    assertThatThrownBy(() -> sweep("round=1,2", loop)).hasMessage(
        "--sweep: unknown parameter 'round'; did you mean 'rounds'? Valid: rounds, rule, visibility, rater-noise, confidence, gates, bar-raiser");
    assertThatThrownBy(() -> sweep("rounds=1,7", loop)).hasMessageContaining(
        "--sweep rounds: 7 is out of range; expected a whole number of interviews from 1 to 6");
    assertThatThrownBy(() -> sweep("rounds=0,1", loop)).hasMessageContaining("0 is out of range");
    assertThatThrownBy(() -> sweep("rule=posterior", loop)).hasMessageContaining("one value (posterior); a sweep compares at least two");
    assertThatThrownBy(() -> sweep("visibility=independant,open", loop)).hasMessageContaining(
        "unknown value 'independant'; did you mean 'independent'?");
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add(String.valueOf(0.5 + i * 0.02));
    }
    List<Sweep> grid = List.of(sweep("confidence=" + String.join(",", many), loop),
        sweep("rater-noise=" + String.join(",", many.subList(0, 20)), loop));
    assertThatThrownBy(() -> Study.grid(Fixtures.CATALOGUE, loop, P7, grid))
        .hasMessage("--sweep: a grid of 420 points; expected at most 400 (fewer values)");
  }

  @Test
  void aRoundsVariantKeepsTheDecidingRoundAndWeighsWhatItAssesses() {
    Loop loop = LoopVariants.apply(Fixtures.CATALOGUE, Fixtures.defaultLoop(), P7, SweepParameter.ROUNDS, "2").get(0);
    assertThat(loop.rounds()).extracting(Round::id).containsExactly("recruiter", "hiring_manager", "committee");
    assertThat(loop.roleWeights().keySet()).containsExactlyInAnyOrder(
        "role_fit", "motivation", "product_sense", "domain_judgment", "regulatory_privacy", "stakeholder_leadership",
        "communication");
    assertThat(loop.roleWeights().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
    Loop full = LoopVariants.fullInformation(Fixtures.defaultLoop());
    assertThat(full.rounds()).allMatch(r -> r.decides() || r.passMark() == io.hcsim.core.rating.Rating.STRONG_NO.score() && r.mustHave().isEmpty());
    assertThat(full.committee().overrulesStrongNo()).isTrue();
    assertThat(full.personas().values()).allMatch(p -> p.veto().isEmpty());
  }
}
