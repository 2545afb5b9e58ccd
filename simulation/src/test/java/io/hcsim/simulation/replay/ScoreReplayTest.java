package io.hcsim.simulation.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableMap;
import io.hcsim.core.level.Level;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Round;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.rating.Scorecard;
import io.hcsim.core.signal.Signal;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import io.hcsim.simulation.trace.LoopRecord;
import io.hcsim.simulation.trace.RoundRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ScoreReplayTest {
  static final Library LIBRARY = Library.bundled();

  /** A traced simulated loop, its scorecards replayed: the same signal after every round and the same decision. */
  @ParameterizedTest
  @ValueSource(strings = {"consumer-pm-to-health", "health-tech-veteran-p7", "ecommerce-pm-p6"})
  void scoringATracedLoopReproducesItsSignalAndDecision(String profileName) throws Exception {
    CandidateProfile profile = LIBRARY.profile(profileName).value();
    LoopPlan plan = new LoopPlan(LIBRARY.catalogue(), LIBRARY.loop("ali-health-pm").value(), profile.targetLevel());
    LoopRunner runner = new LoopRunner(plan);
    Candidate candidate = Candidate.of(profile, LIBRARY.catalogue().competencies());
    Draws draws = new Draws(7);
    for (long run = 0; run < 40; run++) {
      LoopRecord traced = runner.trace(run, draws.runKey(run), candidate);
      List<Scorecard> cards = traced.rounds().stream().map(RoundRecord::scorecard).toList();
      LoopRecord scored = ScoreReplay.replay(plan, cards, "test.yaml");
      assertThat(scored.decision()).as("run %d", run).isEqualTo(traced.decision());
      assertThat(scored.endedAt()).as("run %d", run).isEqualTo(traced.endedAt().filter(id -> !isDeciding(plan, id)));
      for (int r = 0; r < cards.size(); r++) {
        assertThat(scored.rounds().get(r).levelProbabilities()).isEqualTo(traced.rounds().get(r).levelProbabilities());
        assertThat(scored.rounds().get(r).signalAfter()).isEqualTo(traced.rounds().get(r).signalAfter());
      }
      if (profile.competingOffers() == 0) {
        assertThat(scored.offer()).isEqualTo(traced.offer());
      }
    }
  }

  private static boolean isDeciding(LoopPlan plan, String id) {
    return plan.rounds().stream().anyMatch(r -> r.id().equals(id) && r.decides());
  }

  /** Raising any one rating of any set of scorecards never lowers P(overall >= bar) at any level. */
  @Test
  void raisingOneRatingNeverLowersTheChanceOfClearingAnyBar() throws Exception {
    var loop = LIBRARY.loop("ali-health-pm").value();
    LoopPlan plan = new LoopPlan(LIBRARY.catalogue(), loop, LIBRARY.catalogue().levels().byId("P7").orElseThrow());
    List<Round> rounds = plan.rounds().stream().filter(r -> !r.decides()).toList();
    int slots = rounds.stream().mapToInt(r -> r.focus().size()).sum();
    qt().withExamples(300).forAll(lists().of(integers().between(0, 4)).ofSize(slots), integers().between(0, slots - 1))
        .checkAssert((scores, which) -> {
          // 0 = not rated; a round with no rating is not held
          List<Scorecard> cards = cards(rounds, scores);
          List<Integer> raised = new ArrayList<>(scores);
          int at = which;
          if (raised.get(at) == 0 || raised.get(at) == 4) {
            return;
          }
          raised.set(at, raised.get(at) + 1);
          Signal before = plan.signal().signal(cards);
          Signal after = plan.signal().signal(cards(rounds, raised));
          for (Level l : LIBRARY.catalogue().levels().ascending()) {
            assertThat(after.probabilityAtLeast(l.bar())).as(l.id())
                .isGreaterThanOrEqualTo(before.probabilityAtLeast(l.bar()) - 1e-12);
          }
        });
  }

  private static List<Scorecard> cards(List<Round> rounds, List<Integer> scores) {
    List<Scorecard> cards = new ArrayList<>();
    int i = 0;
    for (Round r : rounds) {
      Map<String, Rating> ratings = new LinkedHashMap<>();
      for (String c : r.focus().keySet()) {
        int s = scores.get(i++);
        if (s > 0) {
          ratings.put(c, Rating.ofScore(s));
        }
      }
      if (!ratings.isEmpty()) {
        cards.add(new Scorecard(r.id(), r.personaId(), ImmutableMap.copyOf(ratings), Rating.LEAN_HIRE));
      }
    }
    return cards;
  }
}
