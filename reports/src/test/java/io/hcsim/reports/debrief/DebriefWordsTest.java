package io.hcsim.reports.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.library.Library;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.core.rating.Rating;
import io.hcsim.reports.i18n.Language;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.render.Format;
import io.hcsim.simulation.replay.Debrief;
import io.hcsim.simulation.replay.DebriefPlayer;
import io.hcsim.simulation.replay.RoundPacket;
import io.hcsim.simulation.run.LoopPlan;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A debrief's words agree with its own numbers, over many loops of every bundled loop and
 * profile: the offer's placement, the committee that is (or is not) there, the strongest
 * competency, and what the counterfactual says flips.
 */
class DebriefWordsTest {
  private static final Messages EN = Messages.of(Language.EN);
  private static final Pattern BETWEEN = Pattern.compile("overall (\\d\\.\\d\\d), between the P\\d bar (\\d\\.\\d\\d) and the next bar (\\d\\.\\d\\d)");
  private static final Pattern BELOW = Pattern.compile("overall (\\d\\.\\d\\d), below the P\\d bar (\\d\\.\\d\\d)");
  private static final Pattern ABOVE = Pattern.compile("overall (\\d\\.\\d\\d), at or above the next bar (\\d\\.\\d\\d)");
  private static final Pattern STRONGEST = Pattern.compile("Strongest: ([^.]+)\\.");

  /** Debriefs of the first loops of each bundled loop and profile, with their English text. */
  private static List<Object[]> debriefs() throws Exception {
    Library library = Library.bundled();
    List<Object[]> out = new ArrayList<>();
    for (String loop : library.catalogue().bundledLoops()) {
      for (String name : library.catalogue().bundledProfiles()) {
        CandidateProfile profile = library.profile(name).value();
        DebriefPlayer player = new DebriefPlayer(new LoopPlan(library.catalogue(), library.loop(loop).value(),
            profile.targetLevel()), profile, 20261125L, 1);
        List<Long> runs = new ArrayList<>();
        for (DebriefPlayer.Wanted w : DebriefPlayer.Wanted.values()) {
          player.find(w).ifPresent(runs::add);
        }
        for (long run : runs) {
          Debrief d = player.play(run, name, loop, Optional.empty(), LocalDate.of(2026, 11, 26));
          out.add(new Object[] {d, new String(DebriefReport.render(d, EN, Format.TEXT, Optional.empty()), StandardCharsets.UTF_8)
              .replaceAll("\\s+", " ")});
        }
      }
    }
    return out;
  }

  @Test
  void theWordsAgreeWithTheNumbers() throws Exception {
    int placements = 0;
    int flips = 0;
    for (Object[] x : debriefs()) {
      Debrief d = (Debrief) x[0];
      String text = (String) x[1];
      Matcher m = BETWEEN.matcher(text);
      while (m.find()) {
        placements++;
        double overall = Double.parseDouble(m.group(1));
        assertThat(overall).as(m.group()).isBetween(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)));
      }
      m = BELOW.matcher(text);
      while (m.find()) {
        placements++;
        assertThat(Double.parseDouble(m.group(1))).as(m.group()).isLessThanOrEqualTo(Double.parseDouble(m.group(2)));
      }
      m = ABOVE.matcher(text);
      while (m.find()) {
        placements++;
        assertThat(Double.parseDouble(m.group(1))).as(m.group()).isGreaterThanOrEqualTo(Double.parseDouble(m.group(2)));
      }
      boolean committee = d.rounds().stream().anyMatch(p -> p.round().decides());
      if (!committee) {
        assertThat(text).as(d.loopRef()).contains("The decision", "This loop has no hiring committee")
            .doesNotContain("the committee decided", "The committee reads the packet");
      }
      m = STRONGEST.matcher(text);
      if (m.find()) {
        String strongest = m.group(1);
        for (RoundPacket p : d.rounds()) {
          p.record().ifPresent(r -> r.scorecard().ratings().forEach((c, rating) -> {
            if (EN.competency(d.catalogue(), c).equals(strongest)) {
              assertThat(rating.isHire()).as("%s is the strongest yet rated %s in %s", strongest, rating, d.loopRef()).isTrue();
            }
          }));
        }
      }
      if (d.counterfactual().flatMap(c -> c.competency()).isPresent()) {
        flips++;
        assertThat(text).containsAnyOf("What flips is the ", "what flips is the committee's decision",
            "what flips is the decision rule");
      }
      assertThat(text).doesNotContain("offer(s)");
    }
    assertThat(placements).isGreaterThan(10);
    assertThat(flips).isGreaterThan(10);
  }
}
