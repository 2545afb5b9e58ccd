package io.hcsim.simulation.random;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.level.Level;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import java.util.ArrayList;
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
        List<String> parts = new ArrayList<>();
        parts.add("general factor");
        var structure = catalogue.pool().structure();
        for (int j = 0; j < structure.clusterIds().size(); j++) {
          // As StructuredNormals draws them: a cluster's factor only where the cluster has a share.
          if (java.util.Arrays.stream(structure.members(j)).anyMatch(c -> structure.clusterShare(c) > 0)) {
            parts.add("cluster " + structure.clusterIds().get(j));
          }
        }
        List<String> indices = new ArrayList<>(parts);
        parts.addAll(catalogue.competencies().ids());
        for (int c = 0; c < catalogue.competencies().size(); c++) {
          indices.add(Integer.toString(c));
        }
        addPairs(keys, DrawSite.CANDIDATE, parts);
        addPairs(keys, DrawSite.REMAINING, parts);
        addPairs(keys, DrawSite.SELF_ASSESSMENT, indices);
        for (String activity : catalogue.activities().keySet()) {
          add(keys, DrawSite.PREPARATION_RESPONSE, activity);
        }
        for (Round round : loop.roundsFor(level, catalogue.levels())) {
          List<String> draws = new ArrayList<>();
          draws.add(DrawSite.FORM);
          draws.addAll(round.focus().keySet());
          addPairs(keys, DrawSite.INTERVIEW, draws, round.id());
          add(keys, DrawSite.PAY, round.id());
          add(keys, DrawSite.CALENDAR, round.id());
          for (int c = 0; c < catalogue.competencies().size(); c++) {
            String id = catalogue.competencies().get(c).id();
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
    assertThat(DrawSite.PAY.key("recruiter")).isEqualTo(Draws.site("pay", "recruiter"));
    assertThat(DrawSite.REMAINING.key("a", "b")).isEqualTo(Draws.site("remaining", "candidate", "a", "b"))
        .isNotEqualTo(DrawSite.CANDIDATE.key("a", "b"));
  }

  @Test
  void pairKeysNameTwoPartsEachAndTheLastAloneWhenOdd() {
    long[] keys = DrawSite.INTERVIEW.pairKeys(List.of(DrawSite.FORM, "execution", "values"), "peer");
    assertThat(keys).containsExactly(DrawSite.INTERVIEW.key("peer", DrawSite.FORM, "execution"),
        DrawSite.INTERVIEW.key("peer", "values", ""));
  }

  private static void addPairs(Map<Long, String> keys, DrawSite site, List<String> parts, String... ids) {
    long[] pairs = site.pairKeys(parts, ids);
    for (int m = 0; m < pairs.length; m++) {
      String place = site + String.join("/", ids) + " pair " + m;
      String before = keys.put(pairs[m], place);
      assertThat(before).as("%s and %s share a key", before, place).isNull();
    }
  }

  private static void add(Map<Long, String> keys, DrawSite site, String... ids) {
    String place = site + String.join("/", ids);
    String before = keys.put(site.key(ids), place);
    assertThat(before).as("%s and %s share a key", before, place).isNull();
  }
}
