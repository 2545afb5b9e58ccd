package io.hcsim.simulation.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.data.Offset;

/** Properties of the whole engine over arbitrary candidates, on common random numbers. */
class EngineProperties {
  private static final int K = Fixtures.CATALOGUE.competencies().size();
  private static final long RUNS = 8_000;

  /** A candidate: proficiencies on the 1-5 scale, any consistency, a few competing offers. */
  @Provide
  Arbitrary<Candidate> candidates() {
    return Combinators.combine(
            Arbitraries.doubles().between(1.0, 5.0).ofScale(2).array(double[].class).ofSize(K),
            Arbitraries.doubles().between(0, 1).ofScale(2),
            Arbitraries.integers().between(0, 3))
        .as((p, consistency, offers) -> {
          Candidate c = new Candidate(K);
          c.set(p, consistency, -1, offers);
          return c;
        });
  }

  @Provide
  Arbitrary<Level> levels() {
    return Arbitraries.of(Fixtures.CATALOGUE.levels().ascending());
  }

  private static LoopPlan plan(Loop loop, Level target) {
    return new LoopPlan(Fixtures.CATALOGUE, loop, target);
  }

  @Property(tries = 40)
  void probabilitiesAreProbabilitiesAndAddUp(@ForAll("candidates") Candidate c, @ForAll("levels") Level target,
      @ForAll @IntRange(min = 0, max = 1000) int seed) {
    LoopPlan plan = plan(Fixtures.defaultLoop(), target);
    Summary s = Summary.of("p", plan, seed, new Experiment(plan, CandidateSource.fixed(c), Settings.runs(seed, RUNS, 1)).run());
    assertThat(s.hire()).isBetween(0.0, 1.0);
    assertThat(s.hireCi().low()).isLessThanOrEqualTo(s.hire());
    assertThat(s.hireCi().high()).isGreaterThanOrEqualTo(s.hire());
    assertThat(s.levels().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(s.hire(), Offset.offset(1e-9));
    assertThat(s.outcomes().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, Offset.offset(1e-9));
    double previous = 1.0;
    for (Summary.FunnelStep f : s.funnel()) {
      assertThat(f.reached()).isLessThanOrEqualTo(previous);
      assertThat(f.passed()).isLessThanOrEqualTo(f.reached());
      assertThat(f.recommended()).isBetween(0.0, f.reached());
      previous = f.passed();
    }
    s.concerns().forEach(x -> assertThat(x.share()).isBetween(0.0, 1.0));
    s.offer().ifPresent(o -> assertThat(o.p10()).isLessThanOrEqualTo(o.median()).isGreaterThan(0));
  }

  @Property(tries = 30)
  void raisingACompetencyNeverLowersTheOddsOnTheSameDraws(@ForAll("candidates") Candidate c,
      @ForAll("levels") Level target, @ForAll @IntRange(min = 0, max = 10) int competency,
      @ForAll @DoubleRange(min = 0.05, max = 1.0) double raise) {
    LoopPlan plan = plan(Fixtures.defaultLoop(), target);
    Candidate better = c.copy();
    better.raise(competency, raise, 5.0);
    PairedDifference d = Paired.compare(new Paired.Scenario(plan, c), new Paired.Scenario(plan, better), 17, RUNS, 1);
    assertThat(d.difference()).isGreaterThanOrEqualTo(-Math.max(2 * d.halfWidth95(), 0.002));
  }

  @Property(tries = 30)
  void aHarsherInterviewerNeverRaisesTheOdds(@ForAll("candidates") Candidate c, @ForAll("levels") Level target,
      @ForAll @IntRange(min = 0, max = 5) int roundIndex, @ForAll @DoubleRange(min = 0.05, max = 2.0) double harsher) {
    Loop loop = Fixtures.defaultLoop();
    Round round = loop.rounds().get(roundIndex);
    double severity = loop.persona(round).severity();
    Loop harsh = Fixtures.withSeverity(loop, round.personaId(), severity + harsher);
    PairedDifference d = Paired.compare(new Paired.Scenario(plan(loop, target), c), new Paired.Scenario(plan(harsh, target), c), 23, RUNS, 1);
    assertThat(d.difference()).isLessThanOrEqualTo(Math.max(2 * d.halfWidth95(), 0.002));
  }

  @Property(tries = 15)
  void theSameSeedGivesTheSameResultOnAnyNumberOfThreads(@ForAll("candidates") Candidate c,
      @ForAll("levels") Level target, @ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll @IntRange(min = 0, max = 1 << 20) int seed) {
    LoopPlan plan = plan(Fixtures.defaultLoop(), target);
    Summary one = Summary.of("p", plan, seed, new Experiment(plan, CandidateSource.fixed(c), Settings.runs(seed, 20_000, 1)).run());
    Summary many = Summary.of("p", plan, seed, new Experiment(plan, CandidateSource.fixed(c), Settings.runs(seed, 20_000, threads)).run());
    assertThat(many).isEqualTo(one);
  }
}
