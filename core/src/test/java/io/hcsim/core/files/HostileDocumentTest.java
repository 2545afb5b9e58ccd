package io.hcsim.core.files;

import static io.hcsim.core.files.ProblemLines.assertLinesContain;
import static io.hcsim.core.files.ProblemLines.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.profile.CandidateProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Documents an adversarial tester wrote: each is read as meant or refused in one clear line. */
class HostileDocumentTest {
  private static final Library LIBRARY = Library.bundled();
  private static final String PROFILE = "name: Test\ntargetLevel: P7\nproficiency:\n  execution: 3.5\n"
      + "consistency: 0.5\ncompensationExpectation: 700000\ncompetingOffers: 1\n";

  @TempDir Path dir;

  private static String profileWith(String key, String value) {
    return PROFILE.replaceAll("(?m)^" + key + ": .*$", key + ": " + value);
  }

  static Stream<Arguments> notDecimal() {
    return Stream.of(
        Arguments.of(profileWith("compensationExpectation", "0700000"),
            "compensationExpectation: 0700000 has a leading zero; expected a decimal number such as 700000"),
        Arguments.of(profileWith("compensationExpectation", "0900000"),
            "compensationExpectation: 0900000 has a leading zero; expected a decimal number such as 900000"),
        Arguments.of(profileWith("competingOffers", "010"),
            "competingOffers: 010 has a leading zero; expected a decimal number such as 10"),
        Arguments.of(profileWith("competingOffers", "0x3"),
            "competingOffers: 0x3 is a hexadecimal number; expected a decimal number"),
        Arguments.of(profileWith("competingOffers", "0b11"),
            "competingOffers: 0b11 is a binary number; expected a decimal number"),
        Arguments.of(profileWith("compensationExpectation", "0o17"),
            "compensationExpectation: 0o17 is an octal number; expected a decimal number"),
        Arguments.of(profileWith("consistency", "0x0"),
            "consistency: 0x0 is a hexadecimal number; expected a decimal number"),
        Arguments.of(profileWith("consistency", "00.5"),
            "consistency: 00.5 has a leading zero; expected a decimal number such as 0.5"),
        Arguments.of(PROFILE.replace("execution: 3.5", "execution: 03"),
            "proficiency.execution: 03 has a leading zero; expected a decimal number such as 3"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("notDecimal")
  void numbersAreDecimal(String yaml, String expected) {
    Path file = TestFiles.writeText(dir, "p.yaml", yaml);
    assertLinesContain(rejectedAt(() -> LIBRARY.profile(file.toString()), "p.yaml"), List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decimal")
  void decimalNumbersStillRead(String value, double expected) throws Exception {
    Path file = TestFiles.writeText(dir, "p.yaml", profileWith("consistency", value));
    CandidateProfile p = LIBRARY.profile(file.toString()).value();
    assertThat(p.consistency()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void aFileOverOneMegabyteIsRefusedBeforeItIsParsed(String kind) {
    // A valid document but for its size: were it parsed, it would read (or fail on its keys).
    String notes = "x".repeat(DocumentReader.MAX_BYTES);
    Path file = TestFiles.writeText(dir, "big.yaml", PROFILE + "notes: " + notes + "\n");
    List<String> lines = ProblemLines.rejected(() -> {
      if (kind.equals("profile")) {
        LIBRARY.profile(file.toString());
      } else {
        LIBRARY.loop(file.toString());
      }
    }, "big.yaml");
    assertThat(lines).singleElement().asString().contains("the file is larger than 1 MB;");
  }

  static Stream<String> readers() {
    return Stream.of("profile", "loop");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void aFileOfOneMegabyteIsRead(String kind) throws Exception {
    String head = PROFILE + "notes: ";
    Path file = TestFiles.writeText(dir, "full.yaml", head + "x".repeat(DocumentReader.MAX_BYTES - head.length() - 1) + "\n");
    assertThat(java.nio.file.Files.size(file)).isEqualTo(DocumentReader.MAX_BYTES);
    if (kind.equals("profile")) {
      assertThat(LIBRARY.profile(file.toString()).value().notes()).hasSize(DocumentReader.MAX_BYTES - head.length() - 1);
    } else {
      assertThat(ProblemLines.rejected(() -> LIBRARY.loop(file.toString()), "full.yaml")).noneMatch(l -> l.contains("1 MB"));
    }
  }

  static Stream<Arguments> decimal() {
    return Stream.of(Arguments.of("0", 0.0), Arguments.of("0.5", 0.5),
        Arguments.of("1", 1.0), Arguments.of(".25", 0.25), Arguments.of("5e-1", 0.5));
  }

  private static final String LOOP = TestFiles.resource("/io/hcsim/core/loop/small-loop.yaml");

  static Stream<Arguments> settingsThatDoNothing() {
    return Stream.of(
        Arguments.of(LOOP.replace("    decides: true", "    decides: true\n    gate: LEAN_HIRE"),
            "rounds[3].gate: a round that decides rates nothing, so nothing can stop at its gate; remove gate"),
        Arguments.of(LOOP.replace("    decides: true", "    decides: true\n    checksCompensation: true"),
            "rounds[3].checksCompensation: a round that decides rates nothing, so it cannot weigh compensation;"),
        Arguments.of(LOOP.replace("id: small-loop", "id: ' '"), "id: empty; expected a short id for the loop"),
        Arguments.of(LOOP.replace("name: Small test loop", "name: ''"), "name: empty; expected a name for the loop"),
        Arguments.of(LOOP.replace("en: Strict peer", "en: ''"),
            "personas.strict_peer.en: empty; expected the persona's English name"),
        Arguments.of(LOOP.replace("zh: 严格的同级", "zh: '  '"),
            "personas.strict_peer.zh: empty; expected the persona's Chinese name"),
        Arguments.of(LOOP.replace("id: peer", "id: ''"), "rounds[2].id: empty; expected a round id"),
        Arguments.of(PROFILE.replace("name: Test", "name: ' '"), "name: empty; expected the candidate's name"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("settingsThatDoNothing")
  void settingsThatWouldDoNothingAreRefused(String yaml, String expected) {
    Path file = TestFiles.writeText(dir, "doc.yaml", yaml);
    List<String> lines = rejectedAt(() -> {
      if (yaml.contains("rounds:")) {
        LIBRARY.loop(file.toString());
      } else {
        LIBRARY.profile(file.toString());
      }
    }, "doc.yaml");
    assertLinesContain(lines, List.of(expected));
  }

  @Test
  void aVetoOnACompetencyTheRoundDoesNotAssessIsAWarning() throws Exception {
    String vetoing = LOOP.replace("    anchoring: 0.2\n", "    anchoring: 0.2\n    veto: product_sense\n");
    Path file = TestFiles.writeText(dir, "veto.yaml", vetoing);
    assertThat(LIBRARY.loop(file.toString()).warnings()).contains(file + ": rounds[2] (peer): the strict_peer "
        + "persona's veto on product_sense never applies, as the round does not assess product_sense "
        + "(add it to the focus, or use a persona without that veto)");
    Path assessed = TestFiles.writeText(dir, "assessed.yaml", vetoing.replace("      execution: 1.0\n",
        "      execution: 0.5\n      product_sense: 0.5\n"));
    assertThat(LIBRARY.loop(assessed.toString()).warnings()).noneMatch(w -> w.contains("veto"));
  }

  @Test
  void noiseAfterReadingIsAFactorFromOneToThreeAndWarnsWhereNobodyReads() throws Exception {
    Path reading = TestFiles.writeText(dir, "reading.yaml", LOOP.replace("  loopForm: 0.15", "  loopForm: 0.15\n  afterReading: 1.2")
        .replace("showEarlierFeedback: false", "showEarlierFeedback: true"));
    assertThat(LIBRARY.loop(reading.toString()).value().noiseAfterReading()).isEqualTo(1.2);
    assertThat(LIBRARY.loop(reading.toString()).warnings()).noneMatch(w -> w.contains("afterReading"));
    Path unread = TestFiles.writeText(dir, "unread.yaml", LOOP.replace("  loopForm: 0.15", "  loopForm: 0.15\n  afterReading: 1.2"));
    assertThat(LIBRARY.loop(unread.toString()).warnings()).contains(unread + ": noise.afterReading has no effect, as "
        + "interviewers do not read earlier feedback (set showEarlierFeedback: true, or remove it)");
    Path quieter = TestFiles.writeText(dir, "quieter.yaml", LOOP.replace("  loopForm: 0.15", "  loopForm: 0.15\n  afterReading: 0.5"));
    assertThat(ProblemLines.rejected(() -> LIBRARY.loop(quieter.toString()), "quieter.yaml"))
        .singleElement().asString().contains("noise.afterReading").contains("0.5");
    Path defaulted = TestFiles.writeText(dir, "defaulted.yaml", LOOP);
    assertThat(LIBRARY.loop(defaulted.toString()).value().noiseAfterReading()).isEqualTo(Loop.DEFAULT_NOISE_AFTER_READING);
  }

  @Test
  void aTabAfterAKeysColonIsASpaceButATabForIndentationIsNot() throws Exception {
    Path tabbed = TestFiles.writeText(dir, "tab.yaml", LOOP.replace("loopForm: 0.15", "loopForm:\t0.15")
        .replace("  - id: screen", "  - id:\t \tscreen"));
    assertThat(LIBRARY.loop(tabbed.toString()).value().loopFormSd()).isEqualTo(0.15);
    Path profile = TestFiles.writeText(dir, "tab-profile.yaml", PROFILE.replace("consistency: 0.5", "consistency:\t0.5"));
    assertThat(LIBRARY.profile(profile.toString()).value().consistency()).isEqualTo(0.5);
    Path indented = TestFiles.writeText(dir, "indent.yaml", LOOP.replace("  loopForm: 0.15", "\tloopForm: 0.15"));
    assertThat(ProblemLines.rejected(() -> LIBRARY.loop(indented.toString()), "indent.yaml"))
        .singleElement().asString().contains("TAB");
  }
}
