package io.hcsim.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Checks what a user sees when a file is rejected: an {@link InvalidInputException} whose
 * problems each print as one line naming the file, where in it, and what is expected, with no
 * trace of the code behind it.
 */
public final class ProblemLines {
  /** "line 3, column 7" or a key path such as "rounds[0].focus.execution" right after the file. */
  private static final Pattern LOCATED = Pattern.compile(
      ".*, line \\d+, column \\d+: .*|[^:]*: [A-Za-z_][\\w.\\[\\]]*: .*");
  private static final Pattern HINT = Pattern.compile(
      "expected|did you mean|valid:|must|only once|remove");
  private static final List<String> CODE = List.of(
      "Exception", "com.fasterxml", "org.yaml", "io.hcsim", "java.", "[Source", "at [", "\tat ", "`", "Feature");

  private ProblemLines() {}

  /** Runs a read that must fail; returns its problem lines, each checked to be clean. */
  public static List<String> rejected(ThrowingCallable read, String fileName) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, read);
    assertThat(e).as("the read must be rejected with an InvalidInputException").isNotNull();
    List<String> lines = e.problems().stream().map(InputProblem::toString).toList();
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      assertThat(line).as("one line").doesNotContain("\n");
      assertThat(line).as("names the file").contains(fileName);
      assertThat(HINT.matcher(line).find()).as("says what is expected: %s", line).isTrue();
      for (String fragment : CODE) {
        assertThat(line).as("shows no code").doesNotContain(fragment);
      }
    }
    assertThat(e.getMessage()).isEqualTo(String.join("\n", lines));
    return lines;
  }

  /** One line per expected fragment, in order, each line containing its fragment. */
  public static void assertLinesContain(List<String> lines, List<String> fragments) {
    assertThat(lines).hasSameSizeAs(fragments);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.get(i)).contains(fragments.get(i));
    }
  }

  /** As {@link #rejected}, for a problem inside the file: each line also says where. */
  public static List<String> rejectedAt(ThrowingCallable read, String fileName) {
    List<String> lines = rejected(read, fileName);
    for (String line : lines) {
      assertThat(line.substring(line.indexOf(fileName)))
          .as("has a line and column or a key path").matches(LOCATED);
    }
    return lines;
  }
}
