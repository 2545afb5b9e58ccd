package io.hcsim.simulation.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.hcsim.core.committee.CommitteePolicy;
import io.hcsim.core.committee.DecisionRule;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.DayRange;
import io.hcsim.core.loop.Gate;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.rating.Scorecard;
import io.hcsim.core.signal.Belief;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import io.hcsim.simulation.run.PoolSource;
import io.hcsim.simulation.trace.RoundRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The interviews of a day played through have no order to cut at: a study's k interviews that end
 * inside such a day are every choice of the day's interviews in turn, and a plain study reads the
 * day in every order.
 */
class DayPlayedThroughTest {
  private static final Level P7 = Fixtures.level("P7");

  @Test
  void aCutInsideThePanelsOnsiteDayPlaysEveryChoiceOfItsInterviewsEachInTheDaysSlots() {
    Loop panel = Fixtures.loop("panel-committee");
    List<Loop> four = LoopVariants.apply(Fixtures.CATALOGUE, panel, P7, SweepParameter.ROUNDS, "4");
    assertThat(four).hasSize(6);
    Set<List<String>> pairs = new HashSet<>();
    for (Loop v : four) {
      List<Round> rounds = v.rounds();
      assertThat(rounds).extracting(Round::id).startsWith("recruiter", "phone_screen").endsWith("hiring_committee");
      assertThat(rounds).hasSize(5);
      pairs.add(List.of(rounds.get(2).id(), rounds.get(3).id()));
      // The first kept interview is booked as the day is; the last ends the day, where held fails are read.
      assertThat(rounds.get(2).daysAfterPrevious()).contains(new DayRange(7, 14, 28));
      assertThat(rounds.get(3).daysAfterPrevious()).contains(new DayRange(0, 0, 0));
      assertThat(rounds.get(2).playedThrough()).isTrue();
      assertThat(rounds.get(3).playedThrough()).isFalse();
      assertThat(v.roleWeights().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
    }
    assertThat(pairs).containsExactlyInAnyOrder(
        List.of("onsite_product", "onsite_domain"), List.of("onsite_product", "onsite_execution"),
        List.of("onsite_product", "onsite_leadership"), List.of("onsite_domain", "onsite_execution"),
        List.of("onsite_domain", "onsite_leadership"), List.of("onsite_execution", "onsite_leadership"));
    assertThat(LoopVariants.apply(Fixtures.CATALOGUE, panel, P7, SweepParameter.ROUNDS, "3")).hasSize(4);
    assertThat(LoopVariants.apply(Fixtures.CATALOGUE, panel, P7, SweepParameter.ROUNDS, "5")).hasSize(4);
    // Before the day and with all of it there is nothing to choose.
    assertThat(LoopVariants.apply(Fixtures.CATALOGUE, panel, P7, SweepParameter.ROUNDS, "2")).hasSize(1);
    List<Loop> all = LoopVariants.apply(Fixtures.CATALOGUE, panel, P7, SweepParameter.ROUNDS, "6");
    assertThat(all).hasSize(1);
    assertThat(all.get(0).rounds()).isEqualTo(panel.rounds());
    // A loop without such a day is cut as listed, with its readings turned off too (gates=off plays
    // every round through, but the calendar puts them on different days).
    assertThat(LoopVariants.apply(Fixtures.CATALOGUE, Fixtures.defaultLoop(), P7, SweepParameter.ROUNDS, "3")).hasSize(1);
    Loop ungated = LoopVariants.apply(Fixtures.CATALOGUE, Fixtures.defaultLoop(), P7, SweepParameter.GATES, "off").get(0);
    assertThat(LoopVariants.apply(Fixtures.CATALOGUE, ungated, P7, SweepParameter.ROUNDS, "3")).hasSize(1);
    Loop panelUngated = LoopVariants.apply(Fixtures.CATALOGUE, panel, P7, SweepParameter.GATES, "off").get(0);
    assertThat(LoopVariants.apply(Fixtures.CATALOGUE, panelUngated, P7, SweepParameter.ROUNDS, "4")).hasSize(6);
    assertThat(LoopVariants.apply(Fixtures.CATALOGUE, panelUngated, P7, SweepParameter.ROUNDS, "2")).hasSize(1);
  }

  /** The same grid of gates and rounds in either order: the same loops, so the same figures. */
  @Test
  void gatesOffThenRoundsIsRoundsThenGatesOff() {
    Loop panel = Fixtures.loop("panel-committee");
    StudyResult a = study(panel, "gates=on,off", "rounds=1,3,4");
    StudyResult b = study(panel, "rounds=1,3,4", "gates=on,off");
    for (String gates : List.of("on", "off")) {
      for (String rounds : List.of("1", "3", "4")) {
        Map<String, String> values = Map.of("gates", gates, "rounds", rounds);
        PointResult p = a.points().stream().filter(x -> x.values().equals(values)).findFirst().orElseThrow();
        PointResult q = b.points().stream().filter(x -> x.values().equals(values)).findFirst().orElseThrow();
        assertThat(p.get(Metric.AUC)).as("%s", values).isEqualTo(q.get(Metric.AUC));
        assertThat(p.get(Metric.HOURS_PER_CANDIDATE)).as("%s", values).isEqualTo(q.get(Metric.HOURS_PER_CANDIDATE));
      }
    }
  }

  @Test
  void aPlainStudyReadsEveryOrderOfTheDaySoEveryChoiceOfItsFirstInterviewsComesEquallyOften() {
    Loop panel = Fixtures.loop("panel-committee");
    int[][] orders = LoopVariants.dayOrders(panel.roundsFor(P7, Fixtures.CATALOGUE.levels()));
    assertThat(orders).hasNumberOfRows(24);
    assertThat(orders[0]).containsExactly(0, 1, 2, 3, 4, 5);
    for (int m = 1; m <= 3; m++) {
      Map<Set<Integer>, Integer> counts = new HashMap<>();
      for (int[] o : orders) {
        assertThat(o[0]).isZero();
        assertThat(o[1]).isEqualTo(1);
        Set<Integer> first = new HashSet<>();
        for (int j = 2; j < 2 + m; j++) {
          first.add(o[j]);
        }
        counts.merge(first, 1, Integer::sum);
      }
      int choices = m == 2 ? 6 : 4;
      assertThat(counts).as("m = %d", m).hasSize(choices);
      assertThat(new HashSet<>(counts.values())).containsExactly(24 / choices);
    }
    assertThat(LoopVariants.dayOrders(Fixtures.loop("bar-raiser").roundsFor(P7, Fixtures.CATALOGUE.levels())))
        .hasNumberOfRows(120);
    assertThat(LoopVariants.dayOrders(Fixtures.defaultLoop().roundsFor(P7, Fixtures.CATALOGUE.levels())))
        .hasNumberOfRows(1);
    // A day of seven: the loop's own order and a fixed sample of others, each an order of the day.
    int[][] seven = LoopVariants.dayOrders(day(1, 1, 1, 1, 1, 1, 1).rounds());
    assertThat(seven).hasNumberOfRows(LoopVariants.MAX_VARIANTS);
    assertThat(seven[0]).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    for (int[] o : seven) {
      assertThat(o[0]).isZero();
      int[] sorted = o.clone();
      Arrays.sort(sorted);
      assertThat(sorted).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }
  }

  /**
   * Known answer: a one-hour screen, then a day of interviews of 1, 2 and 3 hours that everyone
   * plays to the end. One interview of the day costs 2 hours on average, two cost 4, so the loop cut
   * after two and three interviews costs 3 and 5 hours a candidate, in the sweep and in the plain
   * study's curve; the curve's last point is the study's own validity, bit for bit.
   */
  @Test
  void theHoursOfACutDayAreTheAverageOverEveryChoiceOfItsInterviews() {
    Loop loop = day(1, 2, 3);
    StudyResult swept = study(loop, "rounds=2,3,4");
    assertThat(swept.points().get(0).get(Metric.HOURS_PER_CANDIDATE).value()).isCloseTo(3, within(1e-9));
    assertThat(swept.points().get(1).get(Metric.HOURS_PER_CANDIDATE).value()).isCloseTo(5, within(1e-9));
    assertThat(swept.points().get(2).get(Metric.HOURS_PER_CANDIDATE).value()).isCloseTo(7, within(1e-9));
    StudyResult plain = study(loop);
    InterviewCurve curve = plain.curve().orElseThrow();
    assertThat(curve.at(1).hoursPerCandidate().value()).isCloseTo(1, within(1e-9));
    assertThat(curve.at(2).hoursPerCandidate().value()).isCloseTo(3, within(1e-9));
    assertThat(curve.at(3).hoursPerCandidate().value()).isCloseTo(5, within(1e-9));
    assertThat(curve.at(4).validity()).isEqualTo(plain.points().get(0).get(Metric.VALIDITY));
  }

  /**
   * The curve's score after k interviews read in another order of the onsite day is the
   * committee's posterior mean of the overall on exactly those k scorecards, for every order and
   * k, on loops played on the panel (known answer: the signal worked out from the scorecards).
   */
  @Test
  void readInAnOrderTheCurveIsTheCommitteesReadingOfThoseInterviews() {
    LoopPlan plan = new LoopPlan(Fixtures.CATALOGUE, Fixtures.loop("panel-committee"), P7);
    int[][] orders = LoopVariants.dayOrders(plan.rounds());
    int interviews = CurveTally.interviews(plan);
    InterviewScores scores = new InterviewScores(plan, interviews, new RatingCounts(Fixtures.CATALOGUE.competencies().size()));
    LoopRunner runner = new LoopRunner(plan);
    PoolSource pool = new PoolSource(Fixtures.CATALOGUE.pool(), P7, Fixtures.CATALOGUE.competencies());
    Candidate c = new Candidate(Fixtures.CATALOGUE.competencies().size());
    Draws draws = new Draws(3);
    Belief belief = new Belief(Fixtures.CATALOGUE.competencies().size());
    int checked = 0;
    for (long run = 0; run < 400; run++) {
      long key = draws.runKey(run);
      pool.fill(run, key, c);
      scores.reset();
      runner.run(key, c, scores);
      List<Scorecard> cards = runner.trace(run, key, c).rounds().stream().map(RoundRecord::scorecard).toList();
      int[] order = orders[(int) (run % orders.length)];
      assertThat(scores.readInOrder(order)).isTrue(); // nothing ends the day before its last interview
      for (int k = 1; k <= scores.played(); k++) {
        List<Scorecard> firstK = Arrays.stream(order, 0, k).mapToObj(cards::get).toList();
        double expected = plan.signal().foldOverall(plan.signal().codes(firstK), belief);
        assertThat(scores.scoreAfter(k)).as("run %d, k %d", run, k).isEqualTo(expected);
      }
      checked += scores.played() == interviews ? 1 : 0;
    }
    assertThat(checked).as("loops that played the whole day").isGreaterThan(50);
  }

  private static StudyResult study(Loop loop, String... sweeps) {
    int interviews = LoopVariants.interviews(Fixtures.CATALOGUE, loop, P7);
    List<Sweep> parsed = Arrays.stream(sweeps).map(s -> Sweep.parse(s, interviews)).toList();
    List<StudyPoint> points = Study.grid(Fixtures.CATALOGUE, loop, P7, parsed);
    // 6,000 candidates: a multiple of every number of choices and orders, so each has an equal share.
    return new Study(Fixtures.CATALOGUE, loop, P7, points).run(loop.id(), loop.name(), 7, 6_000, 2, parsed, done -> {});
  }

  /** A one-hour screen, then a day played through of interviews of these hours; nothing ends the loop early. */
  private static Loop day(double... hours) {
    Persona p = new Persona("panelist", "Panelist", "面试官", "", 0, 0.6, 10, 0, Optional.empty());
    ImmutableMap<String, Double> focus = ImmutableMap.of("product_sense", 0.5, "domain_judgment", 0.5);
    List<Round> rounds = new ArrayList<>();
    rounds.add(new Round("screen", "panelist", focus, ImmutableSet.of(), Optional.of(Gate.NONE), false, Optional.empty(),
        false, 1.0, OptionalDouble.empty(), Optional.empty()));
    for (int i = 0; i < hours.length; i++) {
      // The day is booked a week after the screen; its interviews follow one another on the day.
      rounds.add(new Round("day" + i, "panelist", focus, ImmutableSet.of(), Optional.of(Gate.NONE), false,
          Optional.empty(), false, hours[i], i + 1 < hours.length ? OptionalDouble.of(0) : OptionalDouble.empty(),
          Optional.of(i == 0 ? new DayRange(7, 7, 7) : new DayRange(0, 0, 0))));
    }
    CommitteePolicy c = new CommitteePolicy(DecisionRule.POSTERIOR, 0.7, 0.9, 0.15, 0.35, 1, 1, 0, 0.2, 0.2, 0.1, 0.5,
        1, true, 4);
    return new Loop("day", "A screen and a day", "", ImmutableMap.of("panelist", p), ImmutableList.copyOf(rounds),
        ImmutableMap.of("product_sense", 0.5, "domain_judgment", 0.5), 0, 0, false, c);
  }
}
