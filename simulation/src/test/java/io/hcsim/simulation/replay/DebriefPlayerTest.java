package io.hcsim.simulation.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.library.Library;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.run.LoopPlan;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DebriefPlayerTest {
  static final long SEED = 20261125L;
  static LoopPlan plan;
  static DebriefPlayer player;

  @BeforeAll
  static void setUp() throws Exception {
    Library library = Library.bundled();
    CandidateProfile profile = library.profile("consumer-pm-to-health").value();
    plan = new LoopPlan(library.catalogue(), library.loop("ali-health-pm").value(), profile.targetLevel());
    player = new DebriefPlayer(plan, profile, SEED, 2);
  }

  static Debrief hire() {
    long run = player.find(DebriefPlayer.Wanted.HIRE).orElseThrow();
    return player.play(run, "consumer-pm-to-health", "ali-health-pm", Optional.empty(), LocalDate.of(2026, 11, 26));
  }

  @Test
  void aPacketIsDeterministicAndNeverRepeatsANote() {
    Debrief a = hire();
    Debrief b = hire();
    assertThat(a.rounds()).isEqualTo(b.rounds());
    assertThat(a.record()).isEqualTo(b.record());
    var notes = a.rounds().stream().flatMap(p -> p.notes().values().stream()).toList();
    assertThat(notes).doesNotHaveDuplicates().isNotEmpty();
    var questions = a.rounds().stream().flatMap(p -> p.questions().stream()).toList();
    assertThat(questions).doesNotHaveDuplicates().isNotEmpty();
  }

  @Test
  void theCounterfactualReallyFlipsTheLoopOnTheSameDraws() {
    long run = player.find(DebriefPlayer.Wanted.NO_HIRE).orElseThrow();
    // Search a few no-hire runs for one whose counterfactual found a raise.
    for (long r = run; r < run + 200; r++) {
      Debrief d = player.play(r, "p", "x", Optional.empty(), LocalDate.of(2026, 1, 1));
      Counterfactual c = d.counterfactual().orElseThrow();
      if (c.raise() && c.competency().isPresent()) {
        assertThat(c.decision().orElseThrow().level()).isPresent();
        assertThat(c.change()).isBetween(Counterfactual.STEP - 1e-9, Counterfactual.LIMIT + 1e-9);
        return;
      }
    }
    throw new AssertionError("no no-hire loop in 200 runs could be flipped by one competency");
  }
}
