package io.hcsim.simulation.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.committee.DecisionRule;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import io.hcsim.simulation.run.PoolSource;
import io.hcsim.simulation.trace.LoopRecord;
import io.hcsim.simulation.trace.RoundRecord;
import java.util.Arrays;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/**
 * The calibration targets of a single interview (docs/calibration.md), measured on the ordinal 1-4 ratings that the engine
 * produces with the default loop's parameters (not on latent values):
 *
 * <ul>
 *   <li>single-interview inter-rater reliability about 0.44 (Huffcutt, Culbertson &amp;
 *       Weyhrauch 2013);
 *   <li>a candidate whose mean single-interview rating is 3.0 fails an interview (rating &lt;= 2)
 *       10-22% of the time, and the spread of ratings does not depend on the mean
 *       (interviewing.io 2016).
 * </ul>
 */
class CalibrationTest {
  private static final Level P7 = Fixtures.level("P7");
  private static final String COMPETENCY = "domain_judgment";

  /** Scores given by each round of a traced loop to the one competency it rates. */
  private static int[] scores(LoopRecord record) {
    return record.rounds().stream().mapToInt(RoundRecord::roundScore).toArray();
  }

  @Test
  void singleInterviewReliabilityIsAbout044() {
    Loop loop = Fixtures.interviewsOf(COMPETENCY, DecisionRule.MAJORITY, "hiring_manager", "vp");
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, loop, P7);
    LoopRunner runner = new LoopRunner(plan);
    PoolSource pool = new PoolSource(Fixtures.CATALOGUE.pool(), P7, Fixtures.CATALOGUE.competencies());
    Candidate candidate = new Candidate(Fixtures.CATALOGUE.competencies().size());
    Draws draws = new Draws(7);
    int n = 60_000;
    double[] first = new double[n];
    double[] second = new double[n];
    for (int run = 0; run < n; run++) {
      long key = draws.runKey(run);
      pool.fill(run, key, candidate);
      int[] s = scores(runner.trace(run, key, candidate));
      first[run] = s[0];
      second[run] = s[1];
    }
    double reliability = new PearsonsCorrelation().correlation(first, second);
    assertThat(reliability).isBetween(0.38, 0.50);
  }

  /** Mean and SD of one interviewer's ratings of a candidate at proficiency {@code a}, and P(rating <= 2). */
  private static double[] ratingsAt(double a, int n) {
    Loop loop = Fixtures.interviewsOf(COMPETENCY, DecisionRule.MAJORITY, "peer");
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, loop, P7);
    LoopRunner runner = new LoopRunner(plan);
    Candidate candidate = new Candidate(Fixtures.CATALOGUE.competencies().size());
    double[] proficiency = new double[Fixtures.CATALOGUE.competencies().size()];
    Arrays.fill(proficiency, a);
    candidate.set(proficiency, Fixtures.CATALOGUE.pool().consistency(), -1, 0);
    Draws draws = new Draws(11);
    SummaryStatistics stats = new SummaryStatistics();
    int fails = 0;
    for (int run = 0; run < n; run++) {
      int score = scores(runner.trace(run, draws.runKey(run), candidate))[0];
      stats.addValue(score);
      fails += score <= 2 ? 1 : 0;
    }
    return new double[] {stats.getMean(), stats.getStandardDeviation(), fails / (double) n};
  }

  @Test
  void aCandidateWhoseMeanRatingIs3FailsAnInterview10To22PercentOfTheTime() {
    // Bisect for the proficiency whose mean rating is 3.0 (same draws each time: monotone).
    double lo = P7.bar() - 1;
    double hi = P7.bar() + 1.5;
    for (int i = 0; i < 30; i++) {
      double mid = (lo + hi) / 2;
      if (ratingsAt(mid, 20_000)[0] < 3.0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double[] at3 = ratingsAt((lo + hi) / 2, 40_000);
    assertThat(at3[0]).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.02));
    assertThat(at3[2]).isBetween(0.10, 0.22);
  }

  @Test
  void theSpreadOfRatingsDoesNotDependOnTheMean() {
    SummaryStatistics sds = new SummaryStatistics();
    for (int i = 0; i <= 7; i++) {
      double[] r = ratingsAt(P7.bar() - 0.4 + 0.2 * i, 20_000);
      assertThat(r[0]).isBetween(2.0, 3.5);
      sds.addValue(r[1]);
    }
    // Across mean ratings from about 2.2 to 3.4, the SD of a candidate's ratings stays within 15% of itself.
    assertThat(sds.getMax() / sds.getMin()).isLessThan(1.15);
  }
}
