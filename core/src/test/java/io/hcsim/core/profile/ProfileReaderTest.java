package io.hcsim.core.profile;

import io.hcsim.core.background.Background;
import static io.hcsim.core.files.ProblemLines.rejected;
import static io.hcsim.core.files.ProblemLines.assertLinesContain;
import static io.hcsim.core.files.ProblemLines.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.files.Loaded;
import io.hcsim.core.files.TestFiles;
import io.hcsim.core.files.TestFiles.Format;
import io.hcsim.core.library.Library;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import io.hcsim.core.pay.CompetingPackage;
import io.hcsim.core.pay.HeldPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Candidate profiles a user gets wrong, and the line each mistake earns. Every case is written
 * once, in YAML, and runs in YAML and in JSON.
 */
class ProfileReaderTest {
  private static final Library LIBRARY = Library.bundled();
  private static final Catalogue CATALOGUE = LIBRARY.catalogue();
  private static final String BASE = "name: Test candidate\ntargetLevel: P7\n";
  private static final String COMPETENCIES = String.join(", ", CATALOGUE.competencies().ids());

  @TempDir Path dir;

  /** A profile with one kind of mistake, and the start of the line each of its problems must print. */
  record Case(String label, String yaml, List<String> lines) {
    @Override
    public String toString() {
      return label;
    }
  }

  private static Case bad(String label, String yaml, String... lines) {
    return new Case(label, yaml, List.of(lines));
  }

  static Stream<Case> badProfiles() {
    return Stream.of(
        bad("misspelt top-level key", "naem: Test\ntargetLevel: P7\n",
            "unknown key 'naem'; did you mean 'name'? Valid: name, targetLevel, proficiency, consistency,"),
        bad("misspelt section", BASE + "proficency:\n  execution: 3\n",
            "unknown key 'proficency'; did you mean 'proficiency'?"),
        bad("misspelt competency", BASE + "proficiency:\n  product_sence: 3.5\n",
            "proficiency.product_sence: unknown competency 'product_sence'; did you mean 'product_sense'? Valid: "
                + COMPETENCIES),
        bad("a competency's Chinese name for its id", BASE + "proficiency:\n  产品感: 4\n",
            "proficiency.产品感: '产品感' is the name of a competency; expected its id 'product_sense'"),
        bad("a competency's English name for its id", BASE + "proficiency:\n  Product sense: 4\n",
            "'Product sense' is the name of a competency; expected its id 'product_sense'"),
        bad("unknown competency", BASE + "proficiency:\n  charisma: 4\n",
            "proficiency.charisma: unknown competency 'charisma'; valid: " + COMPETENCIES),
        bad("text for a number", BASE + "proficiency:\n  execution: high\n",
            "proficiency.execution: found text 'high'; expected a number"),
        bad("a quoted number", BASE + "consistency: '0.5'\n",
            "consistency: found text '0.5'; expected a number, written without quotes"),
        bad("a list for a mapping", BASE + "proficiency: [3, 4]\n",
            "proficiency: found a list; expected a mapping of keys"),
        bad("a mapping for a number", BASE + "consistency: {value: 0.5}\n",
            "consistency: found a mapping of keys; expected a number"),
        bad("a list for the name", "name: [Ann, Lee]\ntargetLevel: P7\n",
            "name: found a list; expected text"),
        bad("a fraction of an offer", BASE + "competingOffers: 1.5\n",
            "competingOffers: found the value 1.5; expected a count 0 to 20, or a list of offers such as [{amount: 950000}] "
                + "or [{base: 600000, bonus: 150000, stock: 800000}]"),
        bad("an offer that is not an amount", BASE + "competingOffers: [1]\n",
            "competingOffers[0]: found the value 1; expected an offer such as {amount: 950000}"),
        bad("a misspelt amount", BASE + "competingOffers:\n  - {amout: 950000}\n",
            "competingOffers[0].amout: unknown key 'amout'; did you mean 'amount'?",
            "competingOffers[0].amount: missing; expected a yearly amount in CNY, such as 950000"),
        bad("an amount out of range", BASE + "competingOffers: [{amount: -5}]\n",
            "competingOffers[0].amount: -5 is out of range; expected 0 to 100000000"),
        bad("uncertainty out of range", BASE + "uncertainty: 2\n",
            "uncertainty: 2 is out of range; expected 0 to 1"),
        bad("a negative uncertainty", BASE + "uncertainty: -0.1\n",
            "uncertainty: -0.1 is out of range; expected 0 to 1"),
        bad("leniency above the ceiling", BASE + "leniency: 1.5\n",
            "leniency: 1.5 is out of range; expected -0.5 to 1"),
        bad("leniency below the floor", BASE + "leniency: -0.8\n",
            "leniency: -0.8 is out of range; expected -0.5 to 1"),
        bad("leniency as words", BASE + "leniency: modest\n",
            "leniency: found text 'modest'"),
        bad("readiness below the floor", BASE + "readiness: -1.5\n",
            "readiness: -1.5 is out of range; expected -1 to 0.5"),
        bad("readiness above the ceiling", BASE + "readiness: 0.8\n",
            "readiness: 0.8 is out of range; expected -1 to 0.5"),
        bad("readiness as words", BASE + "readiness: high\n",
            "readiness: found text 'high'"),
        bad("readiness misspelt", BASE + "readyness: 0.1\n",
            "unknown key 'readyness'; did you mean 'readiness'?"),
        bad("current pay out of range", BASE + "currentCompensation: -3\n",
            "currentCompensation: -3 is out of range; expected 0 to 100000000"),
        bad("a number too large", BASE + "compensationExpectation: 99999999999999999999999\n",
            "compensationExpectation: the number 99999999999999999999999 is too large; expected a whole number"),
        bad("proficiency 0", BASE + "proficiency:\n  execution: 0\n",
            "proficiency.execution: 0 is out of range; expected 1 to 5"),
        bad("proficiency 7", BASE + "proficiency:\n  execution: 7\n",
            "proficiency.execution: 7 is out of range; expected 1 to 5"),
        bad("consistency 1.5", BASE + "consistency: 1.5\n",
            "consistency: 1.5 is out of range; expected 0 to 1"),
        bad("negative compensation", BASE + "compensationExpectation: -900000\n",
            "compensationExpectation: -900000 is out of range; expected 0 to 100000000 (CNY a year)"),
        bad("a negative base in a competing package", BASE + "competingOffers:\n  - {base: -600000, bonus: 150000, stock: 800000}\n",
            "competingOffers[0].base: -600000 is negative; expected an amount of at least 0"),
        bad("a competing grant larger than any band", BASE + "competingOffers:\n  - {base: 600000, stock: 90000000}\n",
            "competingOffers[0].stock: 90,000,000 is a larger grant than four years at the top of any band (6,400,000 CNY)"),
        bad("a misspelt part of a competing package", BASE + "competingOffers:\n  - {base: 600000, bonsu: 150000}\n",
            "competingOffers[0].bonsu: unknown key 'bonsu'; did you mean 'bonus'?"),
        bad("a negative unvested stock", BASE + "currentPackage: {base: 500000, bonus: 100000, unvestedStock: -1}\n",
            "currentPackage.unvestedStock: -1 is negative; expected an amount of at least 0"),
        bad("a current package without its base", BASE + "currentPackage: {bonus: 100000}\n",
            "currentPackage.base: missing; expected an amount in CNY, such as 600000"),
        bad("a current package as a number", BASE + "currentPackage: 650000\n",
            "currentPackage: found the value 650000; expected {base: 500000, bonus: 100000, unvestedStock: 300000}"),
        bad("an unknown expectation measure", BASE + "expectationMeasure: cash\n",
            "expectationMeasure: unknown measure 'cash'; valid: total, yearOneCash"),
        bad("negative offers", BASE + "competingOffers: -1\n",
            "competingOffers: -1 is out of range; expected 0 to 20"),
        bad("unknown level", "name: Test\ntargetLevel: P9\n",
            "targetLevel: unknown level 'P9'; valid: P5, P6, P7, P8"),
        bad("a level without its P", "name: Test\ntargetLevel: 7\n",
            "targetLevel: unknown level '7'; did you mean 'P7'? Valid: P5, P6, P7, P8"),
        bad("blank name", "name: ''\ntargetLevel: P7\n",
            "name: empty; expected the candidate's name or a label"),
        bad("no name, no level", "consistency: 0.5\n",
            "name: missing; expected the candidate's name or a label",
            "targetLevel: missing; expected one of P5, P6, P7, P8"),
        bad("every value out of range at once",
            BASE + "proficiency:\n  execution: 0\n  values: 7\nconsistency: 1.5\ncompensationExpectation: -1\n",
            "proficiency.execution: 0 is out of range",
            "proficiency.values: 7 is out of range",
            "consistency: 1.5 is out of range",
            "compensationExpectation: -1 is out of range"),
        bad("every unknown key and wrong type at once",
            "naem: Test\ntargetLevel: P7\nproficency: {}\nconsistency: high\n",
            "unknown key 'naem'; did you mean 'name'?",
            "unknown key 'proficency'; did you mean 'proficiency'?",
            "consistency: found text 'high'; expected a number"));
  }

  static Stream<Arguments> badProfilesInBothFormats() {
    return badProfiles().flatMap(c -> Stream.of(Format.values()).map(f -> Arguments.of(c, f)));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("badProfilesInBothFormats")
  void eachMistakeIsOneLineSayingWhereAndWhatIsExpected(Case c, Format format) {
    Path file = TestFiles.write(dir, "profile", format, c.yaml());
    assertLinesContain(rejectedAt(() -> LIBRARY.profile(file.toString()), file.getFileName().toString()), c.lines());
  }

  @Test
  void aProblemPointsAtTheLineOfItsKey() {
    Path file = TestFiles.write(dir, "p", Format.YAML,
        "naem: Test\ntargetLevel: P7\nproficiency:\n  execution: 7\n  values: 3\n");
    assertThat(rejectedAt(() -> LIBRARY.profile(file.toString()), "p.yaml"))
        .singleElement().asString().endsWith("p.yaml, line 1, column 1: unknown key 'naem'; did you mean 'name'? "
            + "Valid: name, targetLevel, proficiency, consistency, uncertainty, leniency, readiness, compensationExpectation, currentCompensation, "
            + "competingOffers, currentPackage, expectationMeasure, preparationResponse, notes, background");
    Path fixed = TestFiles.write(dir, "p", Format.YAML,
        "name: Test\ntargetLevel: P7\nproficiency:\n  values: 3\n  execution: 7\n");
    assertThat(rejectedAt(() -> LIBRARY.profile(fixed.toString()), "p.yaml"))
        .singleElement().asString().endsWith("p.yaml, line 5, column 3: proficiency.execution: 7 is out of range; expected 1 to 5");
  }

  static Stream<Arguments> nonNumbers() {
    return Stream.of(
        Arguments.of("nan.yaml", BASE + "proficiency:\n  execution: .nan\n  values: .inf\n  motivation: -.Inf\nconsistency: .NaN\n",
            List.of("line 4, column 14: proficiency.execution: '.nan' is not a number; expected a finite number",
                "line 5, column 11: proficiency.values: '.inf' is not a number",
                "line 6, column 15: proficiency.motivation: '-.Inf' is not a number",
                "line 7, column 14: consistency: '.NaN' is not a number")),
        Arguments.of("nan.json", "{\"name\": \"Test\", \"targetLevel\": \"P7\",\n \"consistency\": NaN,\n"
                + " \"proficiency\": {\"execution\": Infinity, \"values\": -Infinity}}",
            List.of("line 2, column 17: consistency: 'NaN' is not a number; expected a finite number",
                "line 3, column 31: proficiency.execution: 'Infinity' is not a number",
                "line 3, column 51: proficiency.values: '-Infinity' is not a number")),
        // too large for a double: the reader sees infinity, and the range check says the number is too large
        Arguments.of("huge.yaml", BASE + "consistency: 1e999\n",
            List.of("line 3, column 1: consistency: the number is too large (over 1.8e308, the largest a computer holds); expected a number from 0 to 1")),
        Arguments.of("huge.json", "{\"name\": \"Test\", \"targetLevel\": \"P7\", \"consistency\": 1e999}",
            List.of("line 1, column 39: consistency: the number is too large (over 1.8e308, the largest a computer holds); expected a number from 0 to 1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonNumbers")
  void notANumberAndInfinityAreEachReportedAtTheirValue(String fileName, String text, List<String> expected) {
    Path file = TestFiles.writeText(dir, fileName, text);
    assertLinesContain(rejectedAt(() -> LIBRARY.profile(file.toString()), fileName), expected);
  }

  @Test
  void aBackgroundIsReadStrictly() throws Exception {
    Path good = TestFiles.write(dir, "bg", Format.YAML, BASE + "background: [health, pharmacy]\n");
    assertThat(LIBRARY.profile(good.toString()).value().background()).containsExactly(Background.HEALTH, Background.PHARMACY);
    Path none = TestFiles.write(dir, "nobg", Format.YAML, BASE);
    assertThat(LIBRARY.profile(none.toString()).value().background()).isEmpty();
    Path bad = TestFiles.write(dir, "badbg", Format.YAML, BASE + "background: [health, e-commerce]\n");
    assertThat(rejectedAt(() -> LIBRARY.profile(bad.toString()), "badbg.yaml")).singleElement().asString()
        .contains("background[1]", "unknown background 'e-commerce'", "ecommerce");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aMinimalProfileLoadsAndSaysWhatItFilledIn(Format format) throws Exception {
    Path file = TestFiles.write(dir, "minimal", format, BASE);
    Loaded<CandidateProfile> loaded = LIBRARY.profile(file.toString());
    CandidateProfile profile = loaded.value();
    double poolMean = CATALOGUE.pool().mean(profile.targetLevel());
    assertThat(profile.name()).isEqualTo("Test candidate");
    assertThat(profile.targetLevel().id()).isEqualTo("P7");
    assertThat(profile.proficiency()).hasSize(CATALOGUE.competencies().ids().size()).allSatisfy((id, v) -> assertThat(v).isEqualTo(poolMean));
    assertThat(profile.filledFromPool()).containsExactlyInAnyOrderElementsOf(CATALOGUE.competencies().ids());
    assertThat(loaded.warnings()).allSatisfy(w -> assertThat(w).contains(file.getFileName().toString()))
        .anySatisfy(w -> assertThat(w).contains("no proficiency given for " + COMPETENCIES));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void competenciesLeftOutAreNamedInAWarning(Format format) throws Exception {
    StringBuilder yaml = new StringBuilder(BASE).append("consistency: 0.5\ncompensationExpectation: 800000\nproficiency:\n");
    for (String id : CATALOGUE.competencies().ids()) {
      if (!id.equals("regulatory_privacy") && !id.equals("motivation")) {
        yaml.append("  ").append(id).append(": 3.5\n");
      }
    }
    Loaded<CandidateProfile> loaded = LIBRARY.profile(TestFiles.write(dir, "partial", format, yaml.toString()).toString());
    assertThat(loaded.warnings()).singleElement().asString()
        .contains(format.fileName("partial") + ": no proficiency given for regulatory_privacy, motivation; "
            + "using the applicant-pool mean for P7");
    assertThat(loaded.value().filledFromPool()).containsExactlyInAnyOrder("regulatory_privacy", "motivation");
    assertThat(loaded.value().proficiency()).containsEntry("execution", 3.5);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aCompleteProfileLoadsWithoutWarnings(Format format) throws Exception {
    String yaml = TestFiles.resource("/io/hcsim/core/profile/complete.yaml");
    Loaded<CandidateProfile> loaded = LIBRARY.profile(TestFiles.write(dir, "complete", format, yaml).toString());
    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.value().consistency()).isEqualTo(0.6);
    assertThat(loaded.value().compensationExpectation()).hasValue(900_000);
    assertThat(loaded.value().competingOffers()).isEqualTo(2);
    assertThat(loaded.value().filledFromPool()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void competingOffersMayBeAmountsAndCurrentPayAndUncertaintyAreRead(Format format) throws Exception {
    String yaml = "name: A\ntargetLevel: P7\nconsistency: 0.5\ncompensationExpectation: 900000\n"
        + "currentCompensation: 650000\nuncertainty: 0.3\ncompetingOffers:\n  - {amount: 950000}\n  - {amount: 800000}\n";
    CandidateProfile p = LIBRARY.profile(TestFiles.write(dir, "offers", format, yaml).toString()).value();
    assertThat(p.competingOffers()).isZero();
    assertThat(p.competingOfferAmounts()).containsExactly(950_000L, 800_000L);
    assertThat(p.bestCompetingOffer()).isEqualTo(950_000);
    assertThat(p.competingOfferCount()).isEqualTo(2);
    assertThat(p.currentCompensation()).hasValue(650_000);
    assertThat(p.selfAssessment().uncertainty()).isEqualTo(0.3);
    // The leniency it does not state is the pool's, on its own.
    assertThat(p.selfAssessment().leniency()).isEqualTo(CATALOGUE.pool().selfAssessment().leniency());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aProfileThatStatesNoSelfAssessmentErrorTakesThePoolsAndOneThatDoesKeepsIt(Format format) throws Exception {
    String none = "name: A\ntargetLevel: P7\nconsistency: 0.5\n";
    CandidateProfile typical = LIBRARY.profile(TestFiles.write(dir, "typical", format, none).toString()).value();
    // r = .29 against the pool's SD 0.6: 0.6 x sqrt(1 - .29^2) = 0.574, kept to two decimals.
    assertThat(typical.selfAssessment().uncertainty()).isEqualTo(0.57);
    assertThat(typical.selfAssessment().leniency()).isEqualTo(0.2);
    String calibrated = none + "leniency: 0\nuncertainty: 0\n";
    CandidateProfile exact = LIBRARY.profile(TestFiles.write(dir, "calibrated", format, calibrated).toString()).value();
    assertThat(exact.selfAssessment()).isEqualTo(io.hcsim.core.pool.SelfAssessmentError.NONE);
    assertThat(exact.selfAssessment().exact()).isTrue();
    String modest = none + "leniency: -0.25\n";
    assertThat(LIBRARY.profile(TestFiles.write(dir, "modest", format, modest).toString()).value().selfAssessment().leniency())
        .isEqualTo(-0.25);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void readinessIsReadAndAnUntrainedCandidateUnderPerformsByDefault(Format format) throws Exception {
    String stated = "name: A\ntargetLevel: P7\nconsistency: 0.5\nreadiness: 0.2\n";
    assertThat(LIBRARY.profile(TestFiles.write(dir, "ready", format, stated).toString()).value().readiness())
        .isEqualTo(0.2);
    String none = "name: A\ntargetLevel: P7\nconsistency: 0.5\n";
    assertThat(LIBRARY.profile(TestFiles.write(dir, "untrained", format, none).toString()).value().readiness())
        .isEqualTo(CandidateProfile.UNSTATED_READINESS).isEqualTo(-0.15);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void packagesAreReadBesideTheOldFormsAndAYearOneCashExpectationBecomesATotal(Format format) throws Exception {
    String yaml = "name: A\ntargetLevel: P7\nconsistency: 0.5\ncompensationExpectation: 675000\n"
        + "expectationMeasure: yearOneCash\ncurrentPackage: {base: 540000, bonus: 110000, unvestedStock: 400000}\n"
        + "competingOffers:\n  - {base: 600000, bonus: 150000, stock: 600000}\n  - {amount: 880000}\n";
    CandidateProfile p = LIBRARY.profile(TestFiles.write(dir, "packages", format, yaml).toString()).value();
    assertThat(p.competingPackages()).containsExactly(new CompetingPackage(600_000, 150_000, 600_000));
    // The package counts as an offer of its yearly total: 750,000 cash and 600,000 / 4 of stock.
    assertThat(p.competingOfferAmounts()).containsExactly(900_000L, 880_000L);
    assertThat(p.currentPackage()).hasValue(new HeldPackage(540_000, 110_000, 400_000));
    // Without currentCompensation the offer is anchored on the current cash.
    assertThat(p.currentCompensation()).hasValue(650_000);
    assertThat(p.expectationMeasure()).isEqualTo(ExpectationMeasure.YEAR_ONE_CASH);
    // 675,000 of cash at P7 (3/4 of the total, 15 months) is a yearly total of 900,000.
    assertThat(p.expectationAsTotal()).hasValue(900_000);
    assertThat(p.compensationExpectation()).hasValue(675_000);
  }

  @Test
  void aNumberReadsAsANameAndALowerCaseLevelAsTheLevel() throws Exception {
    Path file = TestFiles.write(dir, "plain", Format.YAML, "name: 2024\ntargetLevel: p6\n");
    CandidateProfile profile = LIBRARY.profile(file.toString()).value();
    assertThat(profile.name()).isEqualTo("2024");
    assertThat(profile.targetLevel().id()).isEqualTo("P6");
  }

  @Test
  void aMisspeltBundledNameSuggestsTheClosest() {
    assertThat(rejected(() -> LIBRARY.profile("consumer-pm-to-helth"), "consumer-pm-to-helth"))
        .singleElement().asString().contains("did you mean 'consumer-pm-to-health'?");
  }
}
