package io.hcsim.simulation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arrays;
import static org.quicktheories.generators.SourceDSL.integers;

import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.random.Draws;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * The engine plays every loop as the plain reading of the model does: for every bundled loop, at
 * every level it can be targeted at, for arbitrary candidates and seeds, {@link LoopRunner#run}
 * and {@link ReferenceLoop} end each run with the same decision, stop, round, concerns, Strong No
 * count and offer.
 */
class ReferenceLoopProperties {
  private static final int K = Fixtures.CATALOGUE.competencies().size();
  /** Loops played per example: each example is one candidate on one seed. */
  private static final int RUNS = 50;
  /** Candidates and seeds tried for each loop and level. */
  private static final int EXAMPLES = 20;

  /** Every bundled loop at every level at which one of its rounds rates the candidate. */
  static Stream<Arguments> bundledLoopsAndLevels() {
    return Fixtures.CATALOGUE.bundledLoops().stream().flatMap(name -> {
      Loop loop = Fixtures.load(() -> Fixtures.LIBRARY.loop(name).value());
      return Fixtures.CATALOGUE.levels().ascending().stream()
          .filter(level -> !loop.ratingRoundsFor(level, Fixtures.CATALOGUE.levels()).isEmpty())
          .map(level -> Arguments.of(name, level.id()));
    });
  }

  /** A candidate's inputs, kept so that a failing example prints them. */
  record Drawn(double[] proficiency, double consistency, double readiness, long expectation, long currentPay, int offers,
      long bestCompeting) {
    Candidate candidate() {
      Candidate c = new Candidate(K);
      c.set(proficiency, consistency, expectation, offers);
      c.setReadiness(readiness);
      c.currentPay = currentPay;
      c.bestCompeting = bestCompeting;
      return c;
    }

    @Override
    public String toString() {
      return "proficiency=" + Arrays.toString(proficiency) + " consistency=" + consistency + " readiness=" + readiness + " expectation="
          + expectation + " currentPay=" + currentPay + " offers=" + offers + " bestCompeting=" + bestCompeting;
    }
  }

  /**
   * Candidates around every bar: a centre from 1.5 to 4.5 and each competency within 0.8 of it,
   * any consistency and any readiness a profile may state; pay stated or not, from half the target band's top to twice it, so that the
   * recruiter's concern and the offer's anchors all occur.
   */
  private static Gen<Drawn> candidates(Level target) {
    long top = target.band().high();
    Gen<double[]> proficiency = integers().between(150, 450).zip(
        arrays().ofClass(integers().between(-80, 80), Integer.class).withLength(K),
        (centre, spread) -> IntStream.range(0, K)
            .mapToDouble(c -> Math.max(1, Math.min(5, (centre + spread[c]) / 100.0))).toArray());
    Gen<Long> pay = integers().between(-1, 20).map(i -> i < 0 ? -1L : top / 2 + i * (top * 3 / 2) / 20);
    // Competing offers: a count, and the best one given as an amount (0 when none is).
    Gen<long[]> competing = integers().between(0, 3).zip(integers().between(-3, 20),
        (count, i) -> new long[] {count, i < 0 ? 0L : top / 2 + i * (top * 3 / 2) / 20});
    // Consistency and readiness, in hundredths.
    Gen<double[]> form = integers().between(0, 100).zip(integers().between(-100, 50),
        (consistency, readiness) -> new double[] {consistency / 100.0, readiness / 100.0});
    return proficiency.zip(form, pay, pay, competing,
        (p, f, expectation, current, offers) ->
            new Drawn(p, f[0], f[1], expectation, current, (int) offers[0], offers[1]));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("bundledLoopsAndLevels")
  void theEnginePlaysEveryLoopAsThePlainReadingOfTheModel(String loopName, String levelId) {
    Loop loop = Fixtures.load(() -> Fixtures.LIBRARY.loop(loopName).value());
    Level target = Fixtures.level(levelId);
    LoopRunner engine = new LoopRunner(new LoopPlan(Fixtures.CATALOGUE, loop, target));
    ReferenceLoop reference = new ReferenceLoop(Fixtures.CATALOGUE, loop, target);
    int[] setAside = new int[1];
    // Fixed examples so that the build cannot flicker; a failure shrinks for a bounded number of steps.
    qt().withFixedSeed(17L * loopName.hashCode() + levelId.hashCode()).withExamples(EXAMPLES).withShrinkCycles(100)
        .forAll(candidates(target), integers().between(0, 1 << 20))
        .checkAssert((drawn, seed) -> setAside[0] += samePlay(engine, reference, drawn, seed));
    // See samePlay: a handful of runs a loop at most.
    // the engine rounds an exact half up as the model does (it once rounded some down): none differ
    assertThat(setAside[0]).as("runs where the engine and the plain reading differ at an exact half").isZero();
  }

  /**
   * Plays {@link #RUNS} loops of one candidate on one seed both ways and compares them; returns the
   * runs set aside. A run in which some interviewer's weighted mean rating is exactly a half (1.5,
   * 2.5, 3.5) and the two disagree is set aside and counted: the model rounds a half up, while the
   * engine adds binary fractions and can land just under it (0.35 x 3 + 0.25 x 1 + 0.2 x 4 + 0.2 x 2
   * is 2.4999999999999996 in doubles), so its interviewer recommends a step lower. A known
   * disagreement, reported to be settled in the engine; every other run must agree exactly.
   */
  private static int samePlay(LoopRunner engine, ReferenceLoop reference, Drawn drawn, int seed) {
    Candidate candidate = drawn.candidate();
    Draws draws = new Draws(seed);
    List<String> ids = Fixtures.CATALOGUE.competencies().ids();
    int setAside = 0;
    for (int run = 0; run < RUNS; run++) {
      long key = draws.runKey(run);
      LoopOutcome o = engine.run(key, candidate);
      ReferenceLoop.Ending plain = reference.play(key, candidate);
      List<String> concerns = IntStream.of(o.concern1(), o.concern2()).filter(c -> c >= 0).mapToObj(ids::get).toList();
      ReferenceLoop.Ending fast = new ReferenceLoop.Ending(o.decision(), o.stop(), o.endedAt(), concerns,
          o.strongNoCount(), o.hired() ? o.offer() : 0, o.meetsExpectation(), plain.exactHalf());
      if (plain.exactHalf() && !fast.equals(plain)) {
        setAside++;
        continue;
      }
      assertThat(fast).as("run %d of seed %d", run, seed).isEqualTo(plain);
    }
    return setAside;
  }
}
