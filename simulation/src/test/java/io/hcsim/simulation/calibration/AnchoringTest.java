package io.hcsim.simulation.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRecord;
import io.hcsim.simulation.run.LoopRunner;
import io.hcsim.simulation.run.PoolSource;
import io.hcsim.simulation.run.RoundRecord;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's third calibration target: letting interviewers read earlier feedback narrows the
 * spread of ratings without making decisions more accurate (Lorenz et al. 2011; Kataoka, Latham
 * &amp; Whyte 1997). Both loops see the same applicants and the same draws.
 */
class AnchoringTest {
  private static final Level P7 = Fixtures.level("P7");
  private static final int CANDIDATES = 30_000;

  /** {within-candidate SD of recommendations, share of correct decisions} over the same pool. */
  private static double[] study(Loop loop) {
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, loop, P7);
    LoopRunner runner = new LoopRunner(plan);
    PoolSource pool = new PoolSource(Fixtures.CATALOGUE.pool(), P7, Fixtures.CATALOGUE.competencies());
    Candidate candidate = new Candidate(Fixtures.CATALOGUE.competencies().size());
    double[] weights = new double[Fixtures.CATALOGUE.competencies().size()];
    for (int c = 0; c < weights.length; c++) {
      weights[c] = plan.weight(c);
    }
    Draws draws = new Draws(3);
    SummaryStatistics spread = new SummaryStatistics();
    int correct = 0;
    for (int run = 0; run < CANDIDATES; run++) {
      long key = draws.runKey(run);
      pool.fill(run, key, candidate);
      LoopRecord record = runner.trace(run, key, candidate);
      SummaryStatistics own = new SummaryStatistics();
      record.rounds().stream().filter(r -> !r.round().decides()).mapToInt(RoundRecord::roundScore).forEach(own::addValue);
      if (own.getN() >= 4) {
        spread.addValue(own.getStandardDeviation());
      }
      boolean deserves = candidate.overall(weights) >= P7.bar();
      boolean hired = record.decision().outcome() == io.hcsim.core.committee.Outcome.HIRE;
      correct += deserves == hired ? 1 : 0;
    }
    return new double[] {spread.getMean(), correct / (double) CANDIDATES};
  }

  @Test
  void readingEarlierFeedbackNarrowsTheSpreadWithoutImprovingDecisions() {
    double[] hidden = study(Fixtures.defaultLoop());
    double[] shown = study(Fixtures.openFeedbackLoop());
    assertThat(shown[0]).as("spread of ratings").isLessThan(hidden[0] * 0.95);
    assertThat(shown[1]).as("accuracy").isLessThanOrEqualTo(hidden[1] + 0.005);
  }
}
