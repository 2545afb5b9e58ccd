package io.hcsim.core.files;

import static io.hcsim.core.files.ProblemLines.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reader on its own: record shapes the readers do not use, and documents read as a tree. */
class DocumentReaderTest {
  private final DocumentReader reader = new DocumentReader();

  record Scores(Map<Integer, List<String>> byRating) {}

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aTreeTakesAnyShapeButStillNoNaN() throws Exception {
    JsonNode tree = reader.parse("any.yaml", utf8("rounds:\n  - id: a\n    extra: [1, {b: 2}]\n"), false, JsonNode.class, "a loop");
    assertThat(tree.at("/rounds/0/extra/1/b").asInt()).isEqualTo(2);
    assertThat(rejectedAt(() -> reader.parse("any.json", utf8("{\"a\": [1, NaN]}"), true, JsonNode.class, "a loop"), "any.json"))
        .singleElement().asString().isEqualTo("any.json, line 1, column 11: a[1]: 'NaN' is not a number; expected a finite number");
  }

  @Test
  void keysOfAWholeNumberMapMustBeWholeNumbers() throws Exception {
    Scores ok = reader.parse("s.yaml", utf8("byRating:\n  1: [poor]\n  4: [great]\n"), false, Scores.class, "scores");
    assertThat(ok.byRating()).containsOnlyKeys(1, 4);
    assertThat(rejectedAt(() -> reader.parse("s.yaml", utf8("byRating:\n  one: [poor]\n"), false, Scores.class, "scores"), "s.yaml"))
        .singleElement().asString()
        .isEqualTo("s.yaml, line 2, column 3: byRating: key 'one' is not a whole number; expected whole numbers as keys here");
  }

  @Test
  void aDocumentKnowsWhereEachKeyIs() throws Exception {
    Document<Scores> doc = reader.parseDocument("s.yaml", utf8("# scores\nbyRating:\n  2:\n    - fair\n"), false, Scores.class, "scores");
    assertThat(doc.places()).containsEntry("byRating", "line 2, column 1").containsEntry("byRating.2", "line 3, column 3")
        .containsEntry("byRating.2[0]", "line 4, column 7");
    Problems problems = doc.problems();
    problems.add("byRating.2", "too few notes; expected at least 3");
    problems.add("byRating.3", "missing; expected notes");
    assertThat(catchProblems(problems)).containsExactly(
        "s.yaml, line 3, column 3: byRating.2: too few notes; expected at least 3",
        "s.yaml: byRating.3: missing; expected notes");
  }

  private static List<String> catchProblems(Problems problems) {
    try {
      problems.throwIfAny();
      throw new AssertionError("expected problems");
    } catch (InvalidInputException e) {
      return e.problems().stream().map(InputProblem::toString).toList();
    }
  }
}
