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

  @Test
  void noInterviewerAsksAQuestionOnlyAnotherMayAsk() throws Exception {
    Library library = Library.bundled();
    var catalogue = library.catalogue();
    java.util.Map<io.hcsim.core.text.Text, io.hcsim.core.catalogue.Question> bank = new java.util.HashMap<>();
    catalogue.questions().forEach(q -> bank.put(q.text(), q));
    assertThat(bank.values()).as("the pay question is marked").anyMatch(q -> q.ownOnly() && q.personaId().equals("recruiter"));
    int asked = 0;
    for (String loopName : catalogue.bundledLoops()) {
      for (String profileName : catalogue.bundledProfiles()) {
        CandidateProfile profile = library.profile(profileName).value();
        LoopPlan p = new LoopPlan(catalogue, library.loop(loopName).value(), profile.targetLevel());
        DebriefPlayer each = new DebriefPlayer(p, profile, SEED, 1);
        for (long run = 0; run < 12; run++) {
          for (RoundPacket packet : each.play(run, profileName, loopName, Optional.empty(), LocalDate.of(2026, 1, 5)).rounds()) {
            for (var text : packet.questions()) {
              var q = bank.get(text);
              if (q != null) {
                asked++;
                assertThat(!q.ownOnly() || q.personaId().equals(packet.persona().id()))
                    .as("%s asks %s's question in %s run %d: %s", packet.persona().id(), q.personaId(), loopName, run, text.en())
                    .isTrue();
              }
            }
          }
        }
      }
    }
    assertThat(asked).isGreaterThan(500);
  }

  @Test
  void interviewsAndTheCommitteeMeetOnWorkingDays() throws Exception {
    Library library = Library.bundled();
    var working = io.hcsim.simulation.calendar.WorkingDays.china();
    int held = 0;
    for (String loopName : library.catalogue().bundledLoops()) {
      CandidateProfile profile = library.profile("health-tech-veteran-p7").value();
      LoopPlan p = new LoopPlan(library.catalogue(), library.loop(loopName).value(), profile.targetLevel());
      DebriefPlayer each = new DebriefPlayer(p, profile, SEED, 1);
      // Debriefs written on the eve of the New Year and of the Spring Festival, and on a Sunday.
      for (LocalDate date : java.util.List.of(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 2, 13), LocalDate.of(2026, 12, 6))) {
        for (long run = 0; run < 20; run++) {
          Debrief d = each.play(run, "health-tech-veteran-p7", loopName, Optional.empty(), date);
          for (int k = 0; k < d.days().size(); k++) {
            LocalDate day = date.plusDays(d.days().get(k));
            assertThat(working.working(day)).as("%s run %d round %d on %s", loopName, run, k, day).isTrue();
            if (k > 0) {
              assertThat(d.days().get(k)).isGreaterThanOrEqualTo(d.days().get(k - 1));
            }
            held++;
          }
        }
      }
    }
    assertThat(held).isGreaterThan(300);
  }

  @Test
  void evidenceNotesAgreeWithTheProfilesBackgroundAndWithEachOther() throws Exception {
    Library library = Library.bundled();
    var catalogue = library.catalogue();
    var rubrics = catalogue.rubrics();
    // The bank holds notes a consumer PM must never get: claims of hospital or pharmacy work.
    assertThat(rubrics.claims().values()).anyMatch(c -> c.background().contains(io.hcsim.core.background.Background.HEALTH));
    int notes = 0;
    for (String loopName : catalogue.bundledLoops()) {
      for (String profileName : catalogue.bundledProfiles()) {
        CandidateProfile profile = library.profile(profileName).value();
        assertThat(profile.background()).as(profileName).isNotEmpty();
        LoopPlan p = new LoopPlan(catalogue, library.loop(loopName).value(), profile.targetLevel());
        DebriefPlayer each = new DebriefPlayer(p, profile, SEED, 1);
        for (long run = 0; run < 15; run++) {
          java.util.Set<String> knows = new java.util.HashSet<>();
          java.util.Set<String> unaware = new java.util.HashSet<>();
          for (RoundPacket packet : each.play(run, profileName, loopName, Optional.empty(), LocalDate.of(2026, 1, 5)).rounds()) {
            for (var note : packet.notes().values()) {
              var claims = rubrics.claims(note);
              assertThat(profile.background().containsAll(claims.background())
                  && java.util.Collections.disjoint(profile.background(), claims.without()))
                  .as("%s in %s: %s", profileName, loopName, note.en()).isTrue();
              knows.addAll(claims.knows());
              unaware.addAll(claims.unaware());
              notes++;
            }
          }
          assertThat(java.util.Collections.disjoint(knows, unaware))
              .as("%s in %s run %d: a rule both applied and missed: %s / %s", profileName, loopName, run, knows, unaware).isTrue();
        }
      }
    }
    assertThat(notes).isGreaterThan(1000);
  }
}
