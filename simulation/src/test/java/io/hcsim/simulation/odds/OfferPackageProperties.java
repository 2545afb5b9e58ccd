package io.hcsim.simulation.odds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.pay.OfferPackage;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopOutcome;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Every offer a simulated loop places, split into base, bonus and stock by its level's structure,
 * adds back to exactly the placed total: over random profiles (proficiency, current pay, competing
 * amounts) on every bundled loop.
 */
class OfferPackageProperties {
  private static final List<String> PROFILES = Fixtures.CATALOGUE.bundledProfiles();
  private static final List<String> LOOPS = Fixtures.CATALOGUE.bundledLoops();

  private static long offersChecked;

  @Test
  void thePartsOfEveryPlacedOfferAddUpToIt() {
    offersChecked = 0;
    qt().withFixedSeed(22).withExamples(60).forAll(integers().between(0, PROFILES.size() * LOOPS.size() - 1),
            integers().between(-50, 50), longs().between(-1, 1_500_000), longs().between(0, 1_800_000))
        .checkAssert((pair, shift, current, competing) -> check(PROFILES.get(pair % PROFILES.size()),
            LOOPS.get(pair / PROFILES.size()), shift / 100.0, current, competing));
    // The property is about offers: the examples must have placed a good many.
    assertThat(offersChecked).isGreaterThan(1_000);
  }

  private static void check(String profileName, String loopName, double shift, long current, long competing) {
    CandidateProfile base = Fixtures.profile(profileName);
    ImmutableMap.Builder<String, Double> proficiency = ImmutableMap.builder();
    base.proficiency().forEach((k, v) -> proficiency.put(k, Math.max(1, Math.min(5, v + shift))));
    CandidateProfile profile = new CandidateProfile(base.name(), base.targetLevel(), proficiency.buildOrThrow(),
        base.consistency(), io.hcsim.core.pool.SelfAssessmentError.NONE, base.readiness(), base.compensationExpectation(), current < 0 ? OptionalLong.empty() : OptionalLong.of(current),
        0, ImmutableList.of(competing), ImmutableList.of(), base.currentPackage(), base.expectationMeasure(),
        base.expectationAsTotal(), "", 1, base.filledFromPool(), base.background());
    Loop loop = Fixtures.load(() -> Fixtures.LIBRARY.loop(loopName).value());
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, loop, profile.targetLevel());
    LoopRunner runner = new LoopRunner(plan);
    Candidate candidate = Candidate.of(profile, Fixtures.CATALOGUE.competencies());
    Draws draws = new Draws(current ^ competing);
    for (int run = 0; run < 300; run++) {
      LoopOutcome o = runner.run(draws.runKey(run), candidate);
      if (!o.hired()) {
        continue;
      }
      offersChecked++;
      Level level = Fixtures.CATALOGUE.levels().ascending().get(o.decision());
      OfferPackage pkg = Fixtures.CATALOGUE.levels().pay(level).orElseThrow().split(o.offer());
      assertThat(pkg.base() + pkg.bonus() + pkg.stockPerYear()).as("%s at %s", profileName, level.id()).isEqualTo(o.offer());
      assertThat(pkg.vests().stream().mapToLong(Long::longValue).sum()).isEqualTo(pkg.grant());
      assertThat(pkg.fourYearTotal()).isEqualTo(4 * o.offer());
      assertThat(List.of(pkg.base(), pkg.bonus(), pkg.stockPerYear())).allMatch(x -> x >= 0);
    }
  }
}
