package io.hcsim.simulation.odds;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.competency.Proficiency;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.experiment.Accumulator;
import io.hcsim.simulation.experiment.Experiment;
import io.hcsim.simulation.experiment.Settings;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EffectiveBarTest {
  private static final long RUNS = 5_000;
  private static final double TEN_HALVINGS = 5.0 / 1024;

  private static double atTarget(LoopPlan plan, Candidate candidate, double shift, long seed) {
    Candidate c = candidate.copy();
    c.shiftAll(shift, Proficiency.MIN, Proficiency.MAX);
    Accumulator a = new Experiment(plan, CandidateSource.fixed(c), Settings.runs(seed, RUNS, 1)).run();
    long atOrAbove = 0;
    for (int l = plan.targetIndex(); l < plan.catalogue().levels().ascending().size(); l++) {
      atOrAbove += a.hiredAt(l);
    }
    return atOrAbove / (double) a.runs();
  }

  /** Ten halvings of [-2.5, 2.5], as the bar was found before. */
  private static double bisection(LoopPlan plan, Candidate candidate, long seed) {
    double lo = -2.5;
    double hi = 2.5;
    for (int i = 0; i < 10; i++) {
      double mid = 0.5 * (lo + hi);
      if (atTarget(plan, candidate, mid, seed) >= 0.5) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  @ParameterizedTest
  @CsvSource({"consumer-pm-to-health, 1", "consumer-pm-to-health, 20261125", "ecommerce-pm-p6, 7",
      "health-tech-veteran-p7, 3"})
  void theShiftSitsAtTheCrossingOfFiftyPercentAsCloselyAsABisection(String profileName, long seed) {
    CandidateProfile profile = Fixtures.profile(profileName);
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, Fixtures.defaultLoop(), profile.targetLevel());
    Candidate candidate = Candidate.of(profile, Fixtures.CATALOGUE.competencies());
    EffectiveBar bar = EffectiveBar.find(plan, candidate, seed, RUNS, 2);
    assertThat(atTarget(plan, candidate, bar.shift() - TEN_HALVINGS / 2, seed)).isLessThan(0.5);
    assertThat(atTarget(plan, candidate, bar.shift() + TEN_HALVINGS / 2, seed)).isGreaterThanOrEqualTo(0.5);
    assertThat(bar.shift()).isCloseTo(bisection(plan, candidate, seed), org.assertj.core.data.Offset.offset(TEN_HALVINGS));
    Candidate moved = candidate.copy();
    moved.shiftAll(bar.shift(), Proficiency.MIN, Proficiency.MAX);
    assertThat(bar.overall()).isEqualTo(plan.overall(moved));
    assertThat(bar.bar()).isEqualTo(plan.target().bar());
  }
}
