package io.hcsim.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.level.Level;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A recruiter's screen is weak evidence of PM proficiency: it reads background and motivation, which
 * the pool's structure ties only loosely to the PM competencies. After the screen alone, for any
 * ratings short of a Strong No, P(overall >= the target's bar) stays within 20 points of the prior
 * (issue 18; before the structure, Lean Hire on role fit and Strong Hire on motivation took it from
 * 25% to 64%).
 */
class RecruiterEvidenceTest {
  private static final Library LIBRARY = Library.bundled();
  private static final Catalogue CATALOGUE = LIBRARY.catalogue();

  static Stream<String> loopsWithARecruiter() {
    return CATALOGUE.bundledLoops().stream().filter(name -> load(name).rounds().stream()
        .anyMatch(r -> r.personaId().equals("recruiter")));
  }

  private static Loop load(String name) {
    try {
      return LIBRARY.loop(name).value();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest
  @MethodSource("loopsWithARecruiter")
  void aScreenShortOfStrongNoMovesTheTargetOddsByAtMostTwentyPoints(String name) {
    Loop loop = load(name);
    for (Level target : CATALOGUE.levels().ascending()) {
      List<Round> rounds = loop.roundsFor(target, CATALOGUE.levels());
      int screen = -1;
      for (int r = 0; r < rounds.size() && screen < 0; r++) {
        screen = rounds.get(r).personaId().equals("recruiter") ? r : -1;
      }
      if (screen < 0) {
        continue;
      }
      SignalModel model = new SignalModel(CATALOGUE.competencies(), loop, rounds, target, CATALOGUE.pool());
      int k = CATALOGUE.competencies().size();
      double prior = model.signal(new int[k]).probabilityAtLeast(target.bar());
      List<String> focus = new ArrayList<>(rounds.get(screen).focus().keySet());
      int combinations = (int) Math.pow(3, focus.size());
      for (int combination = 0; combination < combinations; combination++) {
        int[] codes = new int[k];
        int rest = combination;
        StringBuilder ratings = new StringBuilder();
        for (String id : focus) {
          int score = 2 + rest % 3; // Lean No, Lean Hire, Strong Hire
          rest /= 3;
          int c = CATALOGUE.competencies().indexOf(id);
          codes[c] += model.codeIncrement(screen, c, score);
          ratings.append(id).append('=').append(score).append(' ');
        }
        double after = model.signal(codes).probabilityAtLeast(target.bar());
        assertThat(Math.abs(after - prior)).as("%s at %s: %s: %.3f -> %.3f", name, target.id(), ratings, prior, after)
            .isLessThanOrEqualTo(0.20);
      }
    }
  }
}
