package io.hcsim.core.prep;

import static io.hcsim.core.files.ProblemLines.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.files.TestFiles;
import io.hcsim.core.files.TestFiles.Format;
import io.hcsim.core.library.Library;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Plan files are read as strictly as every other file: each mistake one line with where and what is expected. */
class PlanReaderTest {
  private static final Catalogue CATALOGUE = Library.bundled().catalogue();
  private static final PlanReader READER = new PlanReader(CATALOGUE.activities());

  @TempDir Path dir;

  static Stream<Arguments> badPlans() {
    return Stream.of(
        Arguments.of("naem: x\nhours: {mock_loops: 5}\n", "unknown key 'naem'; did you mean 'name'?"),
        Arguments.of("name: x\nhours: {mock_loop: 5}\n", "hours.mock_loop: unknown activity 'mock_loop'; did you mean 'mock_loops'?"),
        Arguments.of("name: x\nhours: {mock_loops: -1}\n", "hours.mock_loops: -1 is out of range; expected 0 to 1000"),
        Arguments.of("name: x\nhours: {mock_loops: .nan}\n", "hours.mock_loops: '.nan' is not a number; expected a finite number"),
        Arguments.of("name: x\nhours: {mock_loops: 900, regulation_landscape: 200}\n", "1100 hours in all; expected at most 1000"),
        Arguments.of("name: x\nhours: {mock_loops: 50}\nweeks: 2\nhoursPerWeek: 10\n",
            "50 hours in all do not fit in 2 weeks of 10; expected at most 20"),
        Arguments.of("name: x\nhours: {mock_loops: 5}\nweeks: 0\n", "weeks: 0 is out of range; expected 1 to 52"),
        Arguments.of("hours: {mock_loops: 5}\n", "name: missing"));
  }

  @ParameterizedTest
  @MethodSource("badPlans")
  void eachMistakeIsOneLineSayingWhereAndWhatIsExpected(String yaml, String expected) {
    for (Format f : Format.values()) {
      if (f == Format.JSON && yaml.contains(".nan")) {
        continue; // JSON has no NaN
      }
      Path file = TestFiles.write(dir, "plan", f, yaml);
      assertThat(rejectedAt(() -> READER.read(file), file.getFileName().toString()))
          .singleElement().asString().contains(expected);
    }
  }

  @Test
  void anUnknownKeyPointsAtItsLine() {
    Path file = TestFiles.write(dir, "plan", Format.YAML, "name: x\nhours: {mock_loops: 5}\nhourz: 3\n");
    assertThat(rejectedAt(() -> READER.read(file), "plan.yaml")).singleElement().asString()
        .endsWith("plan.yaml, line 3, column 1: unknown key 'hourz'; did you mean 'hours'? Valid: name, hours, weeks, hoursPerWeek");
  }

  @Test
  void aGoodPlanReadsBack() throws Exception {
    Path file = TestFiles.write(dir, "plan", Format.YAML,
        "name: mine\nhours: {regulation_landscape: 20, mock_loops: 10}\nweeks: 3\nhoursPerWeek: 10\n");
    Plan p = READER.read(file).value();
    assertThat(p.name()).isEqualTo("mine");
    assertThat(p.totalHours()).isEqualTo(30);
    assertThat(p.weeks()).hasValue(3);
    assertThat(p.hoursPerWeek()).hasValue(10);
  }

  @Test
  void theScheduleDoesResearchFirstAndMockLoopsLastAndNoWeekIsOverfull() {
    Plan p = CATALOGUE.strategies().get("balanced").plan(60);
    Schedule s = Schedule.of(p, CATALOGUE.activities(), 4, 0);
    assertThat(s.hoursPerWeek()).isEqualTo(15);
    assertThat(s.weeks()).hasSize(4).allSatisfy(w -> assertThat(w.total()).isLessThanOrEqualTo(15 + 1e-9));
    assertThat(s.weeks().stream().mapToDouble(Schedule.Week::total).sum()).isCloseTo(60, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.weeks().get(0).hours()).containsKey("deconstruct_role");
    assertThat(s.weeks().get(3).hours().keySet()).last().isEqualTo("mock_loops");
    assertThat(s.weeks().get(0).hours()).doesNotContainKey("mock_loops");
    // each activity's hours are all scheduled
    for (var e : p.hours().entrySet()) {
      double total = s.weeks().stream().mapToDouble(w -> w.hours().getOrDefault(e.getKey(), 0.0)).sum();
      assertThat(total).as(e.getKey()).isCloseTo(e.getValue(), org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void everyBuiltInStrategyHasARationaleAndNoneHasNoHours() {
    assertThat(CATALOGUE.strategies().keySet()).containsExactly("none", "balanced", "domain-first", "stories-first",
        "product-cases", "mock-heavy", "values-and-motivation");
    assertThat(CATALOGUE.strategies().get("none").plan(60).hours()).isEmpty();
    CATALOGUE.strategies().values().forEach(s -> {
      assertThat(s.description().en()).isNotBlank();
      assertThat(s.description().zh()).isNotBlank();
      if (!s.id().equals("none")) {
        assertThat(s.plan(60).totalHours()).as(s.id()).isCloseTo(60, org.assertj.core.data.Offset.offset(0.5));
      }
    });
  }
}
