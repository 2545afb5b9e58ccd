package io.hcsim.simulation.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.level.Level;
import io.hcsim.core.normal.NormalCdf;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopOutcome;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import io.hcsim.simulation.run.PoolSource;
import org.junit.jupiter.api.Test;

/**
 * The committee's belief is calibrated: among applicants to whom it gives P(overall >= bar)
 * around p, about a share p truly are above the bar. Ratings of one loop share the candidate's
 * form, which the committee cannot see rating by rating; if it counted them as independent
 * evidence it would be overconfident, and its 0.7 confidence would mean less than 0.7.
 */
class CommitteeCalibrationTest {
  private static final Level P7 = Fixtures.level("P7");

  @Test
  void whatTheCommitteeBelievesIsWhatIsTrue() {
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, Fixtures.defaultLoop(), P7);
    LoopRunner runner = new LoopRunner(plan);
    PoolSource pool = new PoolSource(Fixtures.CATALOGUE.pool(), P7, Fixtures.CATALOGUE.competencies());
    Candidate candidate = new Candidate(Fixtures.CATALOGUE.competencies().size());
    Draws draws = new Draws(21);
    double[] believed = new double[2];
    double[] above = new double[2];
    int[] counted = new int[2];
    for (int run = 0; run < 300_000; run++) {
      long key = draws.runKey(run);
      pool.fill(run, key, candidate);
      LoopOutcome o = runner.run(key, candidate);
      if (o.roundsReached() < plan.rounds().size()) {
        continue; // judge full loops only: a gate's stop is not a belief
      }
      double p = NormalCdf.phi((o.overallMean() - P7.bar()) / o.overallSd());
      if (p >= 0.5 && p < 0.9) {
        int bucket = p < 0.7 ? 0 : 1; // below and above the committee's confidence
        believed[bucket] += p;
        above[bucket] += plan.overall(candidate) >= P7.bar() ? 1 : 0;
        counted[bucket]++;
      }
    }
    for (int b = 0; b < 2; b++) {
      assertThat(counted[b]).isGreaterThan(2_000);
      // Never overconfident by more than 7 points; careful by at most 11: every interview passes or
      // fails before the committee reads it, the passes select candidates a little stronger than the
      // ratings alone say, and the committee counts the recruiter's screen as 0.3 of an interview
      // while in the simulated world it is as informative as one (bucket 0.5-0.7: believed 0.66,
      // true 0.72, seed 21; the committee errs on the careful side).
      double truth = above[b] / counted[b];
      double belief = believed[b] / counted[b];
      assertThat(truth - belief).as("bucket %d: believed %.3f, true %.3f", b, belief, truth).isBetween(-0.07, 0.11);
    }
  }
}
