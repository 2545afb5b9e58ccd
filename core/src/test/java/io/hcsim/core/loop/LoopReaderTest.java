package io.hcsim.core.loop;

import static io.hcsim.core.files.ProblemLines.assertLinesContain;
import static io.hcsim.core.files.ProblemLines.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hcsim.core.committee.DecisionRule;
import io.hcsim.core.files.Loaded;
import io.hcsim.core.files.TestFiles;
import io.hcsim.core.files.TestFiles.Format;
import io.hcsim.core.library.Library;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loop files a user gets wrong. Each case breaks the small test loop in one way (by replacing a
 * piece of its text) and runs in YAML and in JSON.
 */
class LoopReaderTest {
  private static final Library LIBRARY = Library.bundled();
  private static final String LOOP = TestFiles.resource("/io/hcsim/core/loop/small-loop.yaml");
  private static final String PERSONAS =
      "recruiter, hiring_manager, peer, cross_functional, vp, hr, committee, bar_raiser, strict_peer";

  @TempDir Path dir;

  /** The small loop broken one way, and the start of the line each of its problems must print. */
  record Case(String label, UnaryOperator<String> edit, List<String> lines) {
    @Override
    public String toString() {
      return label;
    }
  }

  private static Case bad(String label, UnaryOperator<String> edit, String... lines) {
    return new Case(label, edit, List.of(lines));
  }

  /** Replaces text that occurs exactly once in the loop, so a case cannot silently miss. */
  private static UnaryOperator<String> replace(String text, String with) {
    return loop -> {
      assertThat(loop.split(Pattern.quote(text), -1)).as("'%s' once in the loop", text).hasSize(2);
      return loop.replace(text, with);
    };
  }

  private static UnaryOperator<String> replace(String text, String with, String text2, String with2) {
    return loop -> replace(text2, with2).apply(replace(text, with).apply(loop));
  }

  static Stream<Case> badLoops() {
    return Stream.of(
        bad("misspelt top-level key", replace("roleWeights:", "roleWieghts:"),
            "unknown key 'roleWieghts'; did you mean 'roleWeights'? Valid: id, name, description, noise,"),
        bad("misspelt round key", replace("    focus:\n      role_fit", "    focsu:\n      role_fit"),
            "rounds[0]: unknown key 'focsu'; did you mean 'focus'? Valid: id, persona, hours, focus, mustHave, gate,"),
        bad("misspelt committee key", replace("holdSd:", "holdSD:"),
            "committee: unknown key 'holdSD'; did you mean 'holdSd'?"),
        bad("misspelt persona key", replace("cutWidth:", "cutWdith:"),
            "personas.strict_peer: unknown key 'cutWdith'; did you mean 'cutWidth'?"),
        bad("misspelt competency in a focus", replace("      execution: 1.0", "      excution: 1.0"),
            "rounds[2].focus.excution: unknown competency 'excution'; did you mean 'execution'? Valid: role_fit,"),
        bad("unknown persona", replace("persona: strict_peer", "persona: strict_pear"),
            "rounds[2].persona: unknown persona 'strict_pear'; did you mean 'strict_peer'? Valid: " + PERSONAS),
        bad("unknown gate rating", replace("gate: LEAN_NO", "gate: MAYBE"),
            "rounds[0].gate: unknown rating 'MAYBE'; valid: STRONG_NO, LEAN_NO, LEAN_HIRE, STRONG_HIRE"),
        bad("misspelt gate rating", replace("gate: LEAN_HIRE", "gate: LEAN_HIER"),
            "rounds[1].gate: unknown rating 'LEAN_HIER'; did you mean 'LEAN_HIRE'?"),
        bad("must-have not in focus", replace("[product_sense]", "[domain_judgment]"),
            "rounds[1].mustHave[0]: 'domain_judgment' is not in the round's focus; "
                + "expected one of the competencies the round assesses (product_sense, execution, communication)"),
        bad("misspelt must-have", replace("[product_sense]", "[product_sence]"),
            "rounds[1].mustHave[0]: unknown competency 'product_sence'; did you mean 'product_sense'?"),
        bad("unknown decision rule", replace("rule: posterior", "rule: unanimous"),
            "committee.rule: unknown decision rule 'unanimous'; valid: posterior, majority, consensus"),
        bad("role weights all zero",
            loop -> loop.replace("product_sense: 0.4", "product_sense: 0").replace("execution: 0.35", "execution: 0")
                .replace("role_fit: 0.25", "role_fit: 0").replace("values: 0.1", "values: 0"),
            "roleWeights: the weights are all zero; at least one must be positive"),
        bad("focus weights all zero", replace("      role_fit: 1.0", "      role_fit: 0"),
            "rounds[0].focus: the weights are all zero; at least one must be positive"),
        bad("negative weight", replace("product_sense: 0.4", "product_sense: -0.4"),
            "roleWeights.product_sense: -0.4 is out of range; expected 0 to 100"),
        bad("text for hours", replace("hours: 0.75", "hours: three quarters"),
            "rounds[0].hours: found text 'three quarters'; expected a number"),
        bad("too many hours", replace("hours: 2.0", "hours: 100"),
            "rounds[3].hours: 100 is out of range; expected 0 to 40"),
        bad("a list for a focus", replace("    focus:\n      execution: 1.0", "    focus: [execution]"),
            "rounds[2].focus: found a list; expected a mapping of keys"),
        bad("unknown level", replace("fromLevel: P7", "fromLevel: P9"),
            "rounds[3].fromLevel: unknown level 'P9'; valid: P5, P6, P7, P8"),
        bad("two rounds with one id", replace("id: peer", "id: manager"),
            "rounds[2].id: duplicate round id 'manager'; expected each round to have its own id"),
        bad("a deciding round before the end",
            loop -> loop + "  - id: late\n    persona: peer\n    hours: 1.0\n    focus:\n      execution: 1.0\n",
            "rounds[3].decides: the deciding round must be the last round"),
        bad("a deciding round with a focus", replace("    decides: true", "    decides: true\n    focus:\n      values: 1.0"),
            "rounds[3].focus: a round that decides reads the packet and rates nothing; remove focus"),
        bad("a deciding round with a must-have", replace("    decides: true", "    decides: true\n    mustHave: [values]"),
            "rounds[3].mustHave[0]: a round that decides rates nothing, so it has no must-haves; remove mustHave"),
        bad("noise out of range", replace("loopForm: 0.15", "loopForm: 3"),
            "noise.loopForm: 3 is out of range; expected 0 to 2"),
        bad("confidence out of range", replace("confidence: 0.7", "confidence: 1.5"),
            "committee.confidence: 1.5 is out of range; expected 0.5 to 0.99"),
        bad("half a level", replace("levelsBelow: 1", "levelsBelow: 1.5"),
            "committee.levelsBelow: found the number 1.5; expected a whole number"),
        bad("text for a flag", replace("showEarlierFeedback: false", "showEarlierFeedback: sometimes"),
            "showEarlierFeedback: found text 'sometimes'; expected true or false"),
        bad("persona severity out of range", replace("severity: 0.3", "severity: 9"),
            "personas.strict_peer.severity: 9 is out of range; expected -1.5 to 1.5"),
        bad("a persona counted for nothing", replace("    anchoring: 0.2\n", "    anchoring: 0.2\n    evidenceWeight: 0\n"),
            "personas.strict_peer.evidenceWeight: 0 is out of range; expected 0.05 to 1"),
        bad("misspelt veto", replace("    anchoring: 0.2\n", "    anchoring: 0.2\n    veto: valeus\n"),
            "personas.strict_peer.veto: unknown veto target (a competency id or 'overall') 'valeus'; did you mean 'values'?"),
        bad("no name", replace("name: Small test loop\n", ""),
            "name: missing; expected a name for the loop"),
        bad("no committee, no rounds", loop -> loop.substring(0, loop.indexOf("committee:")),
            "committee: missing; expected committee: {rule: posterior|majority|consensus, ...}",
            "rounds: missing; expected a list of rounds"),
        bad("several mistakes at once",
            replace("loopForm: 0.15", "loopForm: 3", "rule: posterior", "rule: unanimous")
                .andThen(replace("confidence: 0.7", "confidence: 1.5", "persona: strict_peer", "persona: pear"))::apply,
            "noise.loopForm: 3 is out of range",
            "committee.rule: unknown decision rule 'unanimous'",
            "committee.confidence: 1.5 is out of range",
            "rounds[2].persona: unknown persona 'pear'; did you mean 'peer'?"));
  }

  static Stream<Arguments> badLoopsInBothFormats() {
    return badLoops().flatMap(c -> Stream.of(Format.values()).map(f -> Arguments.of(c, f)));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("badLoopsInBothFormats")
  void eachMistakeIsOneLineSayingWhereAndWhatIsExpected(Case c, Format format) {
    Path file = TestFiles.write(dir, "loop", format, c.edit().apply(LOOP));
    assertLinesContain(rejectedAt(() -> LIBRARY.loop(file.toString()), file.getFileName().toString()), c.lines());
  }

  @Test
  void aProblemPointsAtTheLineOfItsKey() {
    String broken = replace("    focus:\n      role_fit", "    focsu:\n      role_fit").apply(LOOP);
    Path file = TestFiles.write(dir, "loop", Format.YAML, broken);
    assertThat(rejectedAt(() -> LIBRARY.loop(file.toString()), "loop.yaml")).singleElement().asString()
        .contains("loop.yaml, line " + lineOf(broken, "    focsu:") + ", column 5: rounds[0]: unknown key 'focsu'");
    String outOfRange = replace("hours: 2.0", "hours: 100").apply(LOOP);
    Path other = TestFiles.write(dir, "loop", Format.YAML, outOfRange);
    assertThat(rejectedAt(() -> LIBRARY.loop(other.toString()), "loop.yaml")).singleElement().asString()
        .contains("loop.yaml, line " + lineOf(outOfRange, "hours: 100") + ", column 5: rounds[3].hours: 100 is out of range");
  }

  private static int lineOf(String text, String fragment) {
    return (int) text.substring(0, text.indexOf(fragment)).chars().filter(c -> c == '\n').count() + 1;
  }

  static Stream<Arguments> nonNumbers() {
    return Stream.of(
        Arguments.of("nan.yaml", replace("loopForm: 0.15", "loopForm: .nan", "hours: 0.75", "hours: .inf").apply(LOOP),
            List.of("noise.loopForm: '.nan' is not a number; expected a finite number",
                "rounds[0].hours: '.inf' is not a number; expected a finite number")),
        Arguments.of("nan.json", "{\"id\": \"x\", \"name\": \"X\", \"noise\": {\"loopForm\": NaN, \"roundForm\": -Infinity}}",
            List.of("line 1, column 48: noise.loopForm: 'NaN' is not a number; expected a finite number",
                "line 1, column 66: noise.roundForm: '-Infinity' is not a number; expected a finite number")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonNumbers")
  void notANumberAndInfinityAreEachReported(String fileName, String text, List<String> expected) {
    Path file = TestFiles.writeText(dir, fileName, text);
    assertLinesContain(rejectedAt(() -> LIBRARY.loop(file.toString()), fileName), expected);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void theSmallLoopLoadsInEitherFormat(Format format) throws Exception {
    Loaded<Loop> loaded = LIBRARY.loop(TestFiles.write(dir, "small", format, LOOP).toString());
    Loop loop = loaded.value();
    assertThat(loop.rounds()).extracting(Round::id).containsExactly("screen", "manager", "peer", "committee");
    assertThat(loop.roleWeights().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
    assertThat(loop.personas()).containsKeys("recruiter", "hiring_manager", "strict_peer", "committee");
    assertThat(loop.personas().get("strict_peer").severity()).isEqualTo(0.3);
    assertThat(loop.committee().rule()).isEqualTo(DecisionRule.POSTERIOR);
    assertThat(loaded.warnings()).singleElement().asString()
        .contains(format.fileName("small") + ": no round assesses values");
  }

  @Test
  void aCompetencyAssessedInTooManyRoundsIsRefused() throws Exception {
    StringBuilder yaml = new StringBuilder("id: long\nname: Long\nnoise: {loopForm: 0.1, roundForm: 0.2}\n"
        + "roleWeights: {execution: 1}\nfocusFloor: {}\ncommittee: {rule: posterior}\nrounds:\n");
    for (int i = 0; i <= LoopReader.MAX_RATERS; i++) {
      yaml.append("  - {id: r").append(i).append(", persona: peer, hours: 1, focus: {execution: 1}}\n");
    }
    Path file = TestFiles.write(dir, "long", Format.YAML, yaml.toString());
    List<String> lines = rejectedAt(() -> new LoopReader(LIBRARY.catalogue()).read(file), "long.yaml");
    assertLinesContain(lines, List.of("rounds: execution is assessed in " + (LoopReader.MAX_RATERS + 1)
        + " rounds; expected at most " + LoopReader.MAX_RATERS));
  }
}
