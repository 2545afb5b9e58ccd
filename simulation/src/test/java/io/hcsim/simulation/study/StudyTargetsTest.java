package io.hcsim.simulation.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Gate;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import io.hcsim.simulation.Fixtures;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The figures issue 19 asks the study to show on the bundled loops and the P7 pool, on a fixed seed
 * and modest candidate counts, with tolerances taken from the intervals the study reports.
 */
class StudyTargetsTest {
  private static final Level P7 = Fixtures.level("P7");
  private static final int CANDIDATES = 20_000;

  private static StudyResult study(Loop loop, String... sweeps) {
    int interviews = LoopVariants.interviews(Fixtures.CATALOGUE, loop, P7);
    List<Sweep> parsed = java.util.Arrays.stream(sweeps).map(s -> Sweep.parse(s, interviews)).toList();
    List<StudyPoint> points = Study.grid(Fixtures.CATALOGUE, loop, P7, parsed);
    return new Study(Fixtures.CATALOGUE, loop, P7, points).run(loop.id(), loop.name(), 20261125, CANDIDATES, 2, parsed,
        done -> {});
  }

  private static double half(Estimate e) {
    return (e.high() - e.low()) / 2;
  }

  @Test
  void theDefaultLoopsValidityOnTheCandidatesReachingTheCommitteeIsThatOfAStructuredInterview() {
    PointResult p = study(Fixtures.defaultLoop()).points().get(0);
    assertThat(p.get(Metric.VALIDITY_DECIDED).value()).isBetween(0.40, 0.70);
    // Over all candidates the screens' early stops sort the far ends of the pool too: higher, never lower.
    assertThat(p.get(Metric.VALIDITY).value()).isGreaterThan(p.get(Metric.VALIDITY_DECIDED).value());
    assertThat(p.get(Metric.AUC).value()).isBetween(0.75, 0.97);
  }

  @Test
  void openFeedbackRaisesReliabilityByAtLeastFiveHundredthsAndNarrowsTheRatings() {
    Loop loop = Fixtures.defaultLoop();
    StudyResult r = study(loop, "visibility=independent,open");
    PointResult independent = r.points().get(0);
    PointResult open = r.points().get(1);
    assertThat(open.get(Metric.RELIABILITY).value() - independent.get(Metric.RELIABILITY).value()).isGreaterThanOrEqualTo(0.05);
    assertThat(open.get(Metric.RATING_SD).high()).isLessThan(independent.get(Metric.RATING_SD).low());
    // The crowd agrees more without being wiser: AUC and validity do not rise beyond their intervals.
    assertThat(open.get(Metric.AUC).value()).isLessThanOrEqualTo(independent.get(Metric.AUC).high());
    assertThat(open.get(Metric.VALIDITY).value()).isLessThanOrEqualTo(independent.get(Metric.VALIDITY).high());
  }

  @Test
  void openFeedbackMovesRightDecisionsByAtMostOnePoint() {
    StudyResult r = study(Fixtures.defaultLoop(), "visibility=independent,open");
    assertThat(Math.abs(r.points().get(1).get(Metric.RIGHT_DECISION).value()
        - r.points().get(0).get(Metric.RIGHT_DECISION).value())).isLessThanOrEqualTo(0.01);
  }

  @Test
  void theDefaultLoopsInterRaterReliabilityIsThatOfSeparateInterviews() {
    assertThat(study(Fixtures.defaultLoop()).points().get(0).get(Metric.RELIABILITY).value()).isBetween(0.34, 0.54);
  }

  @Test
  void everyBundledLoopBeatsTheBetterBaselineAtEveryNumberOfInterviewsFromTwo() {
    for (String id : Fixtures.CATALOGUE.bundledLoops()) {
      Loop loop = Fixtures.loop(id);
      int interviews = LoopVariants.interviews(Fixtures.CATALOGUE, loop, P7);
      String rounds = IntStream.rangeClosed(2, Math.min(6, interviews)).mapToObj(Integer::toString)
          .collect(Collectors.joining(","));
      StudyResult r = study(loop, "rounds=" + rounds);
      double baseline = r.betterBaseline();
      for (PointResult p : r.points()) {
        assertThat(p.get(Metric.RIGHT_DECISION).low()).as("%s, %s interviews", id, p.values().get("rounds"))
            .isGreaterThan(baseline);
      }
    }
  }

  @Test
  void withoutGatesRightDecisionsNeverFallByMoreThanTheirIntervalAsInterviewsAreAdded() {
    Loop ungated = LoopVariants.apply(Fixtures.CATALOGUE, Fixtures.defaultLoop(), P7, SweepParameter.GATES, "off").get(0);
    StudyResult r = study(ungated, "rounds=1,2,3,4,5,6");
    for (int i = 1; i < r.points().size(); i++) {
      Estimate before = r.points().get(i - 1).get(Metric.RIGHT_DECISION);
      Estimate after = r.points().get(i).get(Metric.RIGHT_DECISION);
      assertThat(after.value()).as("interview %d", i + 1).isGreaterThanOrEqualTo(before.value() - half(after));
    }
  }

  /**
   * Bock 2015's rule of four on the panel loop: its two screens, then the four onsite interviews of
   * one day, which have no order to cut at, so k interviews are every choice of the day's in turn.
   */
  @Test
  void onThePanelLoopFourInterviewsReachMostOfTheAucGainAndEachLaterOneAddsLess() {
    Loop loop = Fixtures.loop("panel-committee");
    assertRuleOfFour(study(loop, "rounds=1,2,3,4,5,6"));
  }

  /**
   * The rule of four is a property of repeated judgments of one candidate: six peers who each rate
   * the role as a whole (the panel loop's role weights as their focus), nothing ending the loop
   * before the committee, on the panel loop's noise, pool and committee.
   */
  @Test
  void sixParallelInterviewsReachMostOfTheAucGainAtFourAndEachLaterOneAddsLess() {
    Loop panel = Fixtures.loop("panel-committee");
    ImmutableList.Builder<Round> rounds = ImmutableList.builder();
    for (int i = 1; i <= 6; i++) {
      rounds.add(new Round("onsite" + i, "peer", panel.roleWeights(), ImmutableSet.of(), Optional.of(Gate.NONE), false,
          Optional.empty(), false, 1.0, OptionalDouble.of(0)));
    }
    rounds.add(panel.rounds().get(panel.rounds().size() - 1));
    Loop parallel = new Loop("parallel", "Six parallel interviews", "", panel.personas(), rounds.build(),
        panel.roleWeights(), panel.loopFormSd(), panel.roundFormSd(), false, panel.noiseAfterReading(), panel.committee(),
        panel.textVariant());
    assertRuleOfFour(study(parallel, "rounds=1,2,3,4,5,6"));
  }

  /** Four interviews reach 80-92% of the AUC gain of six over one, and each later one adds no more than the one before. */
  private static void assertRuleOfFour(StudyResult r) {
    assertThat(r.shareOfGain(Metric.AUC, 3)).isBetween(0.80, 0.92);
    for (int k = 4; k < r.points().size(); k++) {
      Estimate a = r.points().get(k - 2).get(Metric.AUC);
      Estimate b = r.points().get(k - 1).get(Metric.AUC);
      Estimate c = r.points().get(k).get(Metric.AUC);
      // The gain of interview k+1 is no more than that of interview k, within the intervals of the three points.
      assertThat(c.value() - b.value()).as("interview %d", k + 1)
          .isLessThanOrEqualTo(b.value() - a.value() + half(a) + half(b) + half(c));
    }
    assertThat(r.reaching(Metric.AUC, 0.9).getAsInt()).isBetween(3, 4);
  }
}
