package io.hcsim.simulation.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.loop.Loop;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.random.Draws;
import org.junit.jupiter.api.Test;

class LoopPlansTest {
  @Test
  void anEqualLoopAtTheSameLevelGetsTheKeptPlanAndAnotherLevelItsOwn() {
    Loop loop = Fixtures.defaultLoop();
    Loop again = Fixtures.loop("ali-health-pm"); // read afresh: equal as a value, not the same object
    assertThat(again).isNotSameAs(loop).isEqualTo(loop);
    LoopPlan p7 = LoopPlans.of(Fixtures.CATALOGUE, loop, Fixtures.level("P7"));
    assertThat(LoopPlans.of(Fixtures.CATALOGUE, again, Fixtures.level("P7"))).isSameAs(p7);
    assertThat(LoopPlans.of(Fixtures.CATALOGUE, loop, Fixtures.level("P6"))).isNotSameAs(p7);
    assertThat(LoopPlans.of(Fixtures.CATALOGUE, Fixtures.openFeedbackLoop(), Fixtures.level("P7"))).isNotSameAs(p7);
  }

  @Test
  void aKeptPlanPlaysTheLoopsANewOneDoes() {
    // A kept plan has remembered the owner's readings of earlier requests; the loops must not change.
    Loop loop = Fixtures.defaultLoop();
    LoopPlan kept = LoopPlans.of(Fixtures.CATALOGUE, loop, Fixtures.level("P7"));
    Candidate candidate = Candidate.of(Fixtures.profile("health-tech-veteran-p7"), Fixtures.CATALOGUE.competencies());
    Draws draws = new Draws(20261203);
    LoopRunner first = new LoopRunner(kept);
    for (int run = 0; run < 20_000; run++) {
      first.run(draws.runKey(run), candidate);
    }
    LoopRunner again = new LoopRunner(LoopPlans.of(Fixtures.CATALOGUE, loop, Fixtures.level("P7")));
    LoopRunner fresh = new LoopRunner(new LoopPlan(Fixtures.CATALOGUE, loop, Fixtures.level("P7")));
    int hires = 0;
    for (int run = 0; run < 20_000; run++) {
      LoopOutcome a = again.run(draws.runKey(run), candidate);
      int decision = a.decision();
      int endedAt = a.endedAt();
      long offer = a.offer();
      LoopOutcome b = fresh.run(draws.runKey(run), candidate);
      assertThat(decision).isEqualTo(b.decision());
      assertThat(endedAt).isEqualTo(b.endedAt());
      assertThat(offer).isEqualTo(b.offer());
      hires += decision >= 0 ? 1 : 0;
    }
    assertThat(hires).as("a test of offers must see some").isGreaterThan(100);
  }
}
