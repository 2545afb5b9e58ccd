package io.hcsim.simulation.run;

import io.hcsim.simulation.trace.RoundRecord;
import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.loop.Loop;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.trace.LoopRecord;
import io.hcsim.simulation.trace.Stop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopRunnerTest {
  private final CandidateProfile profile = Fixtures.profile("ecommerce-pm-p6");
  private final LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, Fixtures.defaultLoop(), profile.targetLevel());

  private Candidate candidate(long compensation, double roleFit) {
    Candidate c = Candidate.of(profile, Fixtures.CATALOGUE.competencies());
    Candidate out = new Candidate(Fixtures.CATALOGUE.competencies().size());
    double[] p = new double[Fixtures.CATALOGUE.competencies().size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = c.proficiency(i);
    }
    p[Fixtures.CATALOGUE.competencies().indexOf("role_fit")] = roleFit;
    p[Fixtures.CATALOGUE.competencies().indexOf("motivation")] = roleFit;
    out.set(p, 0.5, compensation, 0);
    return out;
  }

  @Test
  void payIsBlamedExactlyWhenTheSameLoopWithoutItWouldHaveGoneOn() {
    Candidate modest = candidate(-1, 2.0);
    Candidate greedy = candidate(5_000_000, 2.0);
    LoopRunner a = new LoopRunner(plan);
    LoopRunner b = new LoopRunner(plan);
    Draws draws = new Draws(12);
    int blamed = 0;
    for (int run = 0; run < 20_000; run++) {
      long key = draws.runKey(run);
      boolean modestWentOn = a.run(key, modest).passed(0);
      LoopOutcome o = b.run(key, greedy);
      boolean stoppedAtScreen = !o.passed(0);
      assertThat(o.stoppedByCompensation()).as("run %d", run).isEqualTo(modestWentOn && stoppedAtScreen);
      if (o.stoppedByCompensation()) {
        blamed++;
        assertThat(o.concern1()).as("pay, not a competency, is the reason").isEqualTo(-1);
      }
    }
    assertThat(blamed).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ali-health-pm", "ali-health-pm-open-feedback", "bar-raiser"})
  void aTraceRecordsTheSameLoopAsTheSummary(String loopName) {
    Loop loop = Fixtures.load(() -> Fixtures.LIBRARY.loop(loopName).value());
    LoopPlan p7 = new LoopPlan(Fixtures.CATALOGUE, loop, Fixtures.level("P7"));
    // The P6 profile at a P7 target, and a stronger candidate than it, so that every kind of
    // ending occurs (every interview can end the loop: the profile alone rarely reaches the committee).
    Candidate weak = Candidate.of(profile, Fixtures.CATALOGUE.competencies());
    Candidate strong = weak.copy();
    strong.shiftAll(0.6, 1, 5);
    LoopRunner runner = new LoopRunner(p7);
    Draws draws = new Draws(4);
    java.util.Set<Object> endings = new java.util.HashSet<>();
    for (int run = 0; run < 2_000; run++) {
      Candidate c = run % 2 == 0 ? strong : weak;
      long key = draws.runKey(run);
      LoopOutcome o = runner.run(key, c);
      // Read before the trace runs: the summary is overwritten by the runner's next loop.
      int decision = o.decision();
      int endedAt = o.endedAt();
      Stop stop = o.stop();
      int strongNos = o.strongNoCount();
      long recommended = o.recommendedRounds();
      long offer = o.offer();
      double overall = o.overallMean();
      java.util.List<Integer> concerns = java.util.stream.IntStream.of(o.concern1(), o.concern2())
          .filter(i -> i >= 0).boxed().toList();
      LoopRecord record = runner.trace(run, key, c);
      String at = "run " + run;
      assertThat(record.decision()).as(at).isEqualTo(p7.committee().toDecision(decision));
      assertThat(record.endedAt()).as(at).isEqualTo(endedAt < p7.rounds().size()
          ? java.util.Optional.of(p7.rounds().get(endedAt).id()) : java.util.Optional.empty());
      assertThat(record.concerns()).as(at).isEqualTo(concerns.stream()
          .map(i -> Fixtures.CATALOGUE.competencies().get(i).id()).toList());
      assertThat(record.offer()).as(at).isEqualTo(decision >= 0 ? java.util.OptionalLong.of(offer)
          : java.util.OptionalLong.empty());
      assertThat(record.finalSignal().overallMean()).as(at).isEqualTo(overall);
      // Round by round: one record for each interview that took place, the last one carrying the stop.
      int interviews = endedAt < p7.rounds().size() && !p7.rounds().get(endedAt).decides() ? endedAt + 1
          : (int) p7.rounds().stream().filter(r -> !r.decides()).count();
      assertThat(record.rounds()).as(at).hasSize(interviews);
      int tracedStrongNos = 0;
      for (int r = 0; r < record.rounds().size(); r++) {
        RoundRecord round = record.rounds().get(r);
        assertThat(round.round()).as(at).isEqualTo(p7.rounds().get(r));
        assertThat(round.roundScore() >= 3).as(at + " round " + r).isEqualTo((recommended >>> r & 1) == 1);
        assertThat(round.stop()).as(at + " round " + r).isEqualTo(r == endedAt ? stop : Stop.NONE);
        tracedStrongNos += round.roundScore() == 1 ? 1 : 0;
      }
      assertThat(tracedStrongNos).as(at).isEqualTo(strongNos);
      endings.add(stop);
    }
    assertThat(endings).as("endings seen").contains(Stop.NONE, Stop.GATE);
  }

  @Test
  void whatTheFirstRoundsRememberIsWhatTheSignalSays() {
    // A weaker candidate, and an owner who goes on only while the target is at least 40% likely
    // (a round's own fail ends most weak loops before the default 10% binds), so that the owner's
    // reading ends some loops in the first rounds and the reasons vary.
    Candidate c = candidate(-1, 3.0);
    c.shiftAll(-0.4, 1, 5);
    io.hcsim.core.loop.Loop base = Fixtures.defaultLoop();
    io.hcsim.core.loop.Loop eager = new io.hcsim.core.loop.Loop(base.id(), base.name(), base.description(),
        base.personas(), base.rounds().stream().map(r -> r.decides() ? r : new io.hcsim.core.loop.Round(r.id(),
            r.personaId(), r.focus(), r.mustHave(), r.gate(), r.checksCompensation(), r.fromLevel(), r.decides(),
            r.hours(), java.util.OptionalDouble.of(0.4), r.daysAfterPrevious()))
            .collect(com.google.common.collect.ImmutableList.toImmutableList()),
        base.roleWeights(), base.loopFormSd(), base.roundFormSd(), base.showEarlierFeedback(), base.noiseAfterReading(),
        base.committee(), base.textVariant());
    java.util.function.Supplier<LoopPlan> classic = () -> new LoopPlan(Fixtures.CATALOGUE, eager, profile.targetLevel());
    LoopRunner warm = new LoopRunner(classic.get());
    Draws draws = new Draws(21);
    for (int run = 0; run < 50_000; run++) {
      warm.run(draws.runKey(run), c);
    }
    int bySignal = 0;
    int withReasons = 0;
    LoopRunner fresh = null;
    for (int run = 50_000; run < 56_000; run++) {
      if (run % 200 == 0) {
        // A new plan remembers nothing yet: it works out what the warm one looks up.
        fresh = new LoopRunner(classic.get());
      }
      long key = draws.runKey(run);
      LoopOutcome o = warm.run(key, c);
      LoopOutcome e = fresh.run(key, c);
      assertThat(o.stop()).as("run %d", run).isEqualTo(e.stop());
      assertThat(o.endedAt()).as("run %d", run).isEqualTo(e.endedAt());
      assertThat(o.concern1()).as("run %d", run).isEqualTo(e.concern1());
      assertThat(o.concern2()).as("run %d", run).isEqualTo(e.concern2());
      assertThat(o.decision()).as("run %d", run).isEqualTo(e.decision());
      bySignal += o.stop() == Stop.SIGNAL && o.endedAt() <= 2 ? 1 : 0;
      withReasons += o.concern2() >= 0 && o.endedAt() <= 2 ? 1 : 0;
    }
    assertThat(bySignal).as("loops the owner ended in the remembered rounds").isPositive();
    assertThat(withReasons).isPositive();
  }

  @Test
  void branchFreeRecommendationIsTheNearestScore() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(9);
    java.util.List<Double> wrong = new java.util.ArrayList<>(); // compared plainly: cheaper than an assertion a draw
    for (int i = 0; i < 200_000; i++) {
      double cut = 1.5 + i % 3;
      double w = i % 2 == 0 ? random.nextDouble(0, 5) : cut + (i % 9 - 4) * Math.ulp(cut);
      if (LoopRunner.nearestScore(w) != io.hcsim.core.rating.Rating.nearestScore(w)) {
        wrong.add(w);
      }
    }
    assertThat(wrong).isEmpty();
    for (double w : new double[] {0, -0.0, 1, 1.5, 2.5, 3.5, 4, 1e300}) {
      assertThat(LoopRunner.nearestScore(w)).as("%s", w).isEqualTo(io.hcsim.core.rating.Rating.nearestScore(w));
    }
  }

}
