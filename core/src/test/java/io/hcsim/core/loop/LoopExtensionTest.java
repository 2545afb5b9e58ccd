package io.hcsim.core.loop;

import static io.hcsim.core.files.ProblemLines.assertLinesContain;
import static io.hcsim.core.files.ProblemLines.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.committee.DecisionRule;
import io.hcsim.core.files.TestFiles;
import io.hcsim.core.library.Library;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loops that extend loops, the calendar of a loop, and a loop's text variant. */
class LoopExtensionTest {
  private static final Library LIBRARY = Library.bundled();

  @TempDir Path dir;

  private Loop read(String name, String text) throws Exception {
    return LIBRARY.loop(TestFiles.writeText(dir, name, text).toString()).value();
  }

  private List<String> rejected(String name, String text) {
    Path file = TestFiles.writeText(dir, name, text);
    return rejectedAt(() -> LIBRARY.loop(file.toString()), name);
  }

  @Test
  void theOpenFeedbackLoopIsTheDefaultLoopWithOneChange() throws Exception {
    Loop base = LIBRARY.loop("ali-health-pm").value();
    Loop open = LIBRARY.loop("ali-health-pm-open-feedback").value();
    assertThat(open.showEarlierFeedback()).isTrue();
    assertThat(base.showEarlierFeedback()).isFalse();
    assertThat(open.rounds()).isEqualTo(base.rounds());
    assertThat(open.committee()).isEqualTo(base.committee());
    assertThat(open.roleWeights()).isEqualTo(base.roleWeights());
    assertThat(open.id()).isEqualTo("ali-health-pm-open-feedback");
  }

  @Test
  void keysReplaceKeyByKeyAndRoundsArePatchedById() throws Exception {
    Loop loop = read("child.yaml", """
        extends: ali-health-pm
        id: child
        committee: {confidence: 0.8}
        roleWeights: {values: 0.5}
        rounds:
          - {id: peer, remove: true}
          - {id: hr, hours: 3}
          - id: bar_raiser
            persona: bar_raiser
            hours: 2
            focus: {values: 1}
            after: vp
            daysAfterPrevious: {min: 0, mode: 1, max: 2}
        """);
    assertThat(loop.name()).isEqualTo("Ali Health product manager loop");
    assertThat(loop.committee().confidence()).isEqualTo(0.8);
    assertThat(loop.committee().rule()).isEqualTo(DecisionRule.POSTERIOR);
    assertThat(loop.committee().holdMargin()).isEqualTo(0.15);
    assertThat(loop.roleWeights()).containsKey("product_sense");
    assertThat(loop.rounds()).extracting(Round::id)
        .containsExactly("recruiter", "hiring_manager", "cross_functional", "vp", "bar_raiser", "hr", "committee");
    Round hr = loop.rounds().get(5);
    assertThat(hr.hours()).isEqualTo(3.0);
    assertThat(hr.focus()).containsKey("values");
    assertThat(hr.mustHave()).containsExactly("values");
    assertThat(loop.rounds().get(4).daysAfterPrevious()).contains(new DayRange(0, 1, 2));
  }

  @Test
  void aNewRoundWithoutAfterGoesBeforeTheDecidingRound() throws Exception {
    Loop loop = read("child.yaml", """
        extends: ali-health-pm
        id: child
        rounds:
          - {id: extra, persona: peer, hours: 1, focus: {execution: 1}, daysAfterPrevious: {min: 1, mode: 2, max: 3}}
        """);
    assertThat(loop.rounds()).extracting(Round::id).endsWith("hr", "extra", "committee");
  }

  @Test
  void aChainAppliesFromItsRootAndAFileIsFoundBesideTheExtendingFile() throws Exception {
    TestFiles.writeText(dir, "middle.yaml", "extends: ali-health-pm\nid: middle\ncommittee: {confidence: 0.8}\n");
    Loop loop = read("leaf.yaml", "extends: middle.yaml\nid: leaf\ncommittee: {holdMargin: 0.1}\n");
    assertThat(loop.committee().confidence()).isEqualTo(0.8);
    assertThat(loop.committee().holdMargin()).isEqualTo(0.1);
    assertThat(loop.id()).isEqualTo("leaf");
  }

  @Test
  void aCycleOrAChainTooDeepIsOneLine() throws Exception {
    assertThat(rejected("self.yaml", "extends: self.yaml\nid: self\n")).singleElement().asString()
        .contains("self.yaml, line 1, column 1: extends: 'self.yaml' leads back to this file (a cycle)");
    TestFiles.writeText(dir, "a.yaml", "extends: b.yaml\nid: a\n");
    TestFiles.writeText(dir, "b.yaml", "extends: a.yaml\nid: b\n");
    Path c = TestFiles.writeText(dir, "c.yaml", "extends: a.yaml\nid: c\n");
    assertThat(rejectedAt(() -> LIBRARY.loop(c.toString()), "b.yaml")).singleElement().asString()
        .contains("b.yaml, line 1, column 1: extends: 'a.yaml' leads back to").contains("a.yaml (a cycle)");
    for (int i = 0; i < 10; i++) {
      TestFiles.writeText(dir, "d" + i + ".yaml", "extends: " + (i == 0 ? "ali-health-pm" : "d" + (i - 1) + ".yaml") + "\nid: d" + i + "\n");
    }
    // Eight files that extend (this one and d6 to d0) are accepted; nine are not.
    assertThat(read("ok.yaml", "extends: d6.yaml\nid: ok\n").id()).isEqualTo("ok");
    assertThat(rejected("deep.yaml", "extends: d7.yaml\nid: deep\n")).singleElement().asString()
        .contains("deep.yaml, line 1, column 1: extends: the chain of loops extending loops is deeper than " + LoopExtension.MAX_DEPTH);
  }

  @Test
  void mistakesInAnExtendingFileNameTheirLineAndSuggest() {
    assertLinesContain(rejected("typo.yaml", "extends: ali-health-pn\nid: t\n"),
        List.of("typo.yaml, line 1, column 1: extends: unknown bundled loop 'ali-health-pn'; did you mean 'ali-health-pm'?"));
    assertLinesContain(rejected("patch.yaml", """
            extends: ali-health-pm
            id: t
            rounds:
              - {id: per, remove: true}
              - {id: x, persona: peer, hours: 1, focus: {execution: 1}, after: hrr}
            """),
        List.of("patch.yaml, line 4, column 15: rounds[0].remove: unknown round of ali-health-pm 'per'; did you mean 'peer'?",
            "rounds[1].after: unknown round of ali-health-pm 'hrr'; did you mean 'hr'?"));
    assertLinesContain(rejected("noid.yaml", "extends: ali-health-pm\nname: X\n"),
        List.of("id: missing; expected this loop's own id (it extends ali-health-pm)"));
    assertLinesContain(rejected("key.yaml", "extends: ali-health-pm\nid: k\nextend: x\n"),
        List.of("key.yaml, line 3, column 1: unknown key 'extend'; did you mean 'extends'?"));
  }

  @Test
  void removeAndAfterNeedAParent() throws Exception {
    String loop = new String(io.hcsim.core.catalogue.CatalogueLoader.resource("loops/ali-health-pm.yaml"),
        java.nio.charset.StandardCharsets.UTF_8);
    assertLinesContain(rejected("plain.yaml", loop.replace("  - id: peer\n", "  - id: peer\n    remove: true\n")),
        List.of("rounds[2].remove: only a loop that extends another removes rounds"));
  }

  @Test
  void badCalendarsAreRefusedWithTheirPlace() {
    String base = "extends: ali-health-pm\nid: cal\nrounds:\n";
    assertLinesContain(rejected("minmax.yaml", base + "  - {id: peer, daysAfterPrevious: {min: 5, mode: 5, max: 2}}\n"),
        List.of("minmax.yaml, line 4, column 16: rounds[2].daysAfterPrevious: min 5 is above max 2; expected min <= mode <= max"));
    assertLinesContain(rejected("neg.yaml", base + "  - {id: peer, daysAfterPrevious: {min: -1, mode: 2, max: 3}}\n"),
        List.of("rounds[2].daysAfterPrevious.min: -1 is out of range; expected 0 to 180"));
    assertLinesContain(rejected("mode.yaml", base + "  - {id: peer, daysAfterPrevious: {min: 1, mode: 9, max: 3}}\n"),
        List.of("rounds[2].daysAfterPrevious.mode: 9 is outside min to max (1 to 3); expected min <= mode <= max"));
    assertLinesContain(rejected("first.yaml", base + "  - {id: recruiter, daysAfterPrevious: {min: 1, mode: 2, max: 3}}\n"),
        List.of("rounds[0].daysAfterPrevious: the first round has no round before it"));
    assertLinesContain(rejected("hole.yaml", base + "  - {id: x, persona: peer, hours: 1, focus: {execution: 1}, after: vp}\n"),
        List.of("rounds[5].daysAfterPrevious: missing; the other rounds after the first give daysAfterPrevious, so rounds[5] must too"));
  }

  @Test
  void theCalendarDrawsWithinItsRangeAroundItsMode() {
    DayRange d = new DayRange(2, 4, 10);
    assertThat(d.at(0)).isEqualTo(2.0);
    assertThat(d.at(0.999999)).isCloseTo(10.0, org.assertj.core.api.Assertions.within(0.01));
    // The triangular CDF at the mode is (mode - min) / (max - min).
    assertThat(d.at(0.25)).isCloseTo(4.0, org.assertj.core.api.Assertions.within(1e-12));
    double mean = 0;
    for (int i = 0; i < 100_000; i++) {
      mean += d.at((i + 0.5) / 100_000);
    }
    assertThat(mean / 100_000).isCloseTo(d.mean(), org.assertj.core.api.Assertions.within(1e-3));
  }

  @Test
  void theClassicLoopSelectsTheClassicTextsAndAnUnknownVariantIsRefused() throws Exception {
    assertThat(LIBRARY.loop("alibaba-classic").value().textVariant()).contains("classic");
    assertThat(LIBRARY.loop("ali-health-pm").value().textVariant()).isEmpty();
    assertLinesContain(rejected("variant.yaml", "extends: ali-health-pm\nid: v\ntextVariant: clasic\n"),
        List.of("textVariant: unknown text variant 'clasic'; did you mean 'classic'?"));
  }

  @Test
  void everyBundledLoopHasACalendar() throws Exception {
    for (String name : LIBRARY.catalogue().bundledLoops()) {
      assertThat(LIBRARY.loop(name).value().hasCalendar()).as(name).isTrue();
    }
  }
}
