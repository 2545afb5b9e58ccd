package io.hcsim.simulation.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hcsim.core.committee.DecisionRule;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.simulation.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plain study's loop cut after every number of interviews, read in the same pass as the loop. */
class InterviewCurveTest {
  private static final Level P7 = Fixtures.level("P7");

  private static StudyResult study(Loop loop, List<String> sweeps, long n, int threads) {
    int interviews = LoopVariants.interviews(Fixtures.CATALOGUE, loop, P7);
    List<Sweep> parsed = sweeps.stream().map(s -> Sweep.parse(s, interviews)).toList();
    List<StudyPoint> points = Study.grid(Fixtures.CATALOGUE, loop, P7, parsed);
    return new Study(Fixtures.CATALOGUE, loop, P7, points).run(loop.id(), loop.name(), 20261125, n, threads, parsed,
        done -> {});
  }

  @Test
  void afterTheLastInterviewTheCurveIsTheStudysOwnValidityAndHours() {
    StudyResult r = study(Fixtures.defaultLoop(), List.of(), 20_000, 2);
    InterviewCurve curve = r.curve().orElseThrow();
    PointResult p = r.points().get(0);
    assertThat(curve.points()).hasSize(r.interviews());
    InterviewCurve.Point last = curve.at(r.interviews());
    assertThat(last.validity()).isEqualTo(p.get(Metric.VALIDITY));
    assertThat(last.hoursPerCandidate().value()).isCloseTo(p.get(Metric.HOURS_PER_CANDIDATE).value(), within(1e-9));
    assertThat(last.shareOfGain().value()).isEqualTo(1.0);
    assertThat(curve.at(1).shareOfGain().value()).isEqualTo(0.0);
    // Every further interview costs hours; validity rises to where it flattens.
    for (int k = 2; k <= r.interviews(); k++) {
      assertThat(curve.at(k).hoursPerCandidate().value()).isGreaterThan(curve.at(k - 1).hoursPerCandidate().value());
    }
    int flat = curve.flattensAt().getAsInt();
    assertThat(curve.at(flat).shareOfGain().value()).isGreaterThanOrEqualTo(StudyResult.FLAT);
    assertThat(curve.at(flat - 1).shareOfGain().value()).isLessThan(StudyResult.FLAT);
    Estimate before = curve.hoursPerValidityPointBefore();
    Estimate after = curve.hoursPerValidityPointAfter();
    assertThat(before.low()).isLessThan(before.value()).isGreaterThan(0);
    // The points of validity after the flattening cost many times those before it.
    assertThat(after.value()).isGreaterThan(3 * before.high());
  }

  @Test
  void theCurveIsTheSameForAnyNumberOfThreads() {
    Loop loop = Fixtures.loop("panel-committee");
    assertThat(study(loop, List.of(), 30_000, 1).curve()).isEqualTo(study(loop, List.of(), 30_000, 3).curve());
  }

  @Test
  void aSweptStudyHasNoCurveAndAOneInterviewLoopNone() {
    assertThat(study(Fixtures.defaultLoop(), List.of("rounds=2,3"), 2_000, 2).curve()).isEmpty();
    assertThat(study(StudyTest.panel(1, DecisionRule.POSTERIOR), List.of(), 2_000, 2).curve()).isEmpty();
  }

  /**
   * Identical interviewers, every one played, no committee round: the loop cut after k interviews is
   * the k-interview loop itself, so the curve is the rounds sweep, point for point; k hours each.
   */
  @Test
  void onAPanelOfIdenticalInterviewersTheCurveIsTheRoundsSweep() {
    Loop loop = StudyTest.panel(5, DecisionRule.POSTERIOR);
    InterviewCurve curve = study(loop, List.of(), 20_000, 2).curve().orElseThrow();
    StudyResult sweep = study(loop, List.of("rounds=1,2,3,4,5"), 20_000, 2);
    for (int k = 1; k <= 5; k++) {
      assertThat(curve.at(k).validity().value()).as("k = %d", k)
          .isCloseTo(sweep.points().get(k - 1).get(Metric.VALIDITY).value(), within(1e-9));
      assertThat(curve.at(k).hoursPerCandidate().value()).isEqualTo(k);
    }
    assertThat(curve.flattensAt()).isEqualTo(sweep.reaching(Metric.VALIDITY, StudyResult.FLAT).stream()
        .map(i -> i + 1).findFirst());
  }
}
