package io.hcsim.core.files;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/** The input cannot be used; carries every problem found, each printable as one line. */
public final class InvalidInputException extends Exception {
  private final ImmutableList<InputProblem> problems;

  public InvalidInputException(List<InputProblem> problems) {
    super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n")));
    this.problems = ImmutableList.copyOf(problems);
  }

  public InvalidInputException(InputProblem problem) {
    this(List.of(problem));
  }

  public static InvalidInputException of(String file, String where, String message) {
    return new InvalidInputException(new InputProblem(file, where, message));
  }

  public ImmutableList<InputProblem> problems() {
    return problems;
  }
}
