package io.hcsim.simulation.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.committee.Outcome;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import io.hcsim.simulation.run.PoolSource;
import io.hcsim.simulation.study.LoopVariants;
import io.hcsim.simulation.trace.LoopRecord;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/**
 * The third calibration target of docs/calibration.md: letting interviewers read earlier feedback pulls their
 * ratings toward what they read, so the ratings of one competency spread less, without a general
 * rise in hires (Lorenz et al. 2011; Kataoka, Latham &amp; Whyte 1997). Both loops see the same P7
 * applicants and the same draws.
 */
class AnchoringTest {
  private static final Level P7 = Fixtures.level("P7");
  private static final int CANDIDATES = 40_000;

  /** What one loop did to the pool: spread of a competency's ratings, hire rate, accuracy. */
  private record Study(double spread, double hireRate, double accuracy) {}

  private static Study study(Loop loop) {
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, loop, P7);
    LoopRunner runner = new LoopRunner(plan);
    PoolSource pool = new PoolSource(Fixtures.CATALOGUE.pool(), P7, Fixtures.CATALOGUE.competencies());
    Candidate candidate = new Candidate(Fixtures.CATALOGUE.competencies().size());
    Draws draws = new Draws(3);
    SummaryStatistics spread = new SummaryStatistics();
    int correct = 0;
    int hires = 0;
    for (int run = 0; run < CANDIDATES; run++) {
      long key = draws.runKey(run);
      pool.fill(run, key, candidate);
      LoopRecord record = runner.trace(run, key, candidate);
      Map<String, SummaryStatistics> byCompetency = new HashMap<>();
      record.rounds().forEach(r -> r.scorecard().ratings().forEach((c, rating) ->
          byCompetency.computeIfAbsent(c, k -> new SummaryStatistics()).addValue(rating.score())));
      byCompetency.values().stream().filter(s -> s.getN() >= 2).forEach(s -> spread.addValue(s.getStandardDeviation()));
      boolean deserves = plan.overall(candidate) >= P7.bar();
      boolean hired = record.decision().outcome() == Outcome.HIRE;
      hires += hired ? 1 : 0;
      correct += deserves == hired ? 1 : 0;
    }
    return new Study(spread.getMean(), hires / (double) CANDIDATES, correct / (double) CANDIDATES);
  }

  @Test
  void readingEarlierFeedbackNarrowsTheSpreadWithoutRaisingAccuracyOrMovingHiresMuch() {
    Study hidden = study(Fixtures.defaultLoop());
    Study shown = study(Fixtures.openFeedbackLoop());
    assertThat(shown.spread()).as("spread of a competency's ratings").isLessThan(hidden.spread() * 0.90);
    assertThat(Math.abs(shown.hireRate() - hidden.hireRate())).as("change in the pool's hire rate").isLessThanOrEqualTo(0.02);
    // Within a point (seed 3): anchoring narrows the spread
    // without buying accuracy worth the name.
    assertThat(shown.accuracy()).as("accuracy").isLessThanOrEqualTo(hidden.accuracy() + 0.01);
  }

  @Test
  void whenTheCommitteeJudgesEveryRoundReadingEarlierFeedbackDoesNotMakeItMoreAccurate() {
    // The same with no early stop: the committee decides from every rating, correlated as they are.
    Study hidden = study(LoopVariants.fullInformation(Fixtures.defaultLoop()));
    Study shown = study(LoopVariants.fullInformation(Fixtures.openFeedbackLoop()));
    assertThat(shown.spread()).as("spread of a competency's ratings").isLessThan(hidden.spread() * 0.90);
    assertThat(shown.accuracy()).as("accuracy").isLessThanOrEqualTo(hidden.accuracy());
  }
}
