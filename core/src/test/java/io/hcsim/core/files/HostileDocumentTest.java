package io.hcsim.core.files;

import static io.hcsim.core.files.ProblemLines.assertLinesContain;
import static io.hcsim.core.files.ProblemLines.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.library.Library;
import io.hcsim.core.profile.CandidateProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Documents an adversarial tester wrote (issue 10): each is read as meant or refused in one clear line. */
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
}
