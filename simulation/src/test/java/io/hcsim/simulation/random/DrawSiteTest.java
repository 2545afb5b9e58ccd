package io.hcsim.simulation.random;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.level.Level;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two uses of randomness never share a number: the declared sites are distinct, and so is every key addressed. */
class DrawSiteTest {
  @Test
  void noSitesNamesBeginAnothers() {
    // Then two sites differ in a name their keys both start with, whatever ids complete them.
    for (DrawSite a : DrawSite.values()) {
      for (DrawSite b : DrawSite.values()) {
        if (a != b) {
          List<String> x = a.names();
          List<String> y = b.names();
          assertThat(x.size() <= y.size() && y.subList(0, x.size()).equals(x)).as("%s begins %s", a, b).isFalse();
        }
      }
    }
  }

  /** Every key the engine addresses for a bundled loop at every level: no two places share one. */
  @Test
  void everyKeyOfEveryBundledLoopIsDistinct() throws Exception {
    Library library = Library.bundled();
    Catalogue catalogue = library.catalogue();
    for (String name : catalogue.bundledLoops()) {
      Loop loop = library.loop(name).value();
      for (Level level : catalogue.levels().ascending()) {
        Map<Long, String> keys = new HashMap<>();
        add(keys, DrawSite.LOOP_FORM);
        add(keys, DrawSite.CANDIDATE_FACTOR);
        add(keys, DrawSite.SELF_ASSESSMENT_FACTOR);
        add(keys, DrawSite.REMAINING_FACTOR);
        for (String cluster : catalogue.pool().structure().clusterIds()) {
          add(keys, DrawSite.CANDIDATE_CLUSTER, cluster);
          add(keys, DrawSite.SELF_ASSESSMENT_CLUSTER, cluster);
          add(keys, DrawSite.REMAINING_CLUSTER, cluster);
        }
        for (int c = 0; c < catalogue.competencies().size(); c++) {
          String id = catalogue.competencies().get(c).id();
          add(keys, DrawSite.CANDIDATE, id);
          add(keys, DrawSite.REMAINING_CANDIDATE, id);
          add(keys, DrawSite.SELF_ASSESSMENT, Integer.toString(c));
        }
        for (String activity : catalogue.activities().keySet()) {
          add(keys, DrawSite.PREPARATION_RESPONSE, activity);
        }
        for (Round round : loop.roundsFor(level, catalogue.levels())) {
          add(keys, DrawSite.ROUND_FORM, round.id());
          add(keys, DrawSite.PAY, round.id());
          add(keys, DrawSite.CALENDAR, round.id());
          for (int c = 0; c < catalogue.competencies().size(); c++) {
            String id = catalogue.competencies().get(c).id();
            add(keys, DrawSite.RATER, round.id(), id);
            add(keys, DrawSite.NOTE, "7", "0", round.id(), id);
            add(keys, DrawSite.QUESTION, "7", "0", round.id(), id);
          }
        }
        assertThat(keys).as("%s at %s", name, level.id()).hasSizeGreaterThan(20);
      }
    }
  }

  @Test
  void aSitesKeyIsItsNamesFollowedByTheIds() {
    assertThat(DrawSite.RATER.key("peer", "execution")).isEqualTo(Draws.site("rater", "peer", "execution"));
    assertThat(DrawSite.REMAINING_FACTOR.key()).isEqualTo(Draws.site("remaining", "candidate-factor"))
        .isNotEqualTo(DrawSite.CANDIDATE_FACTOR.key());
  }

  private static void add(Map<Long, String> keys, DrawSite site, String... ids) {
    String place = site + String.join("/", ids);
    String before = keys.put(site.key(ids), place);
    assertThat(before).as("%s and %s share a key", before, place).isNull();
  }
}
