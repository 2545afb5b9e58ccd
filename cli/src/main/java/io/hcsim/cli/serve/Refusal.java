package io.hcsim.cli.serve;

import io.hcsim.core.files.InputProblem;
import java.util.List;

/**
 * A request the server will not carry out, with the HTTP status and the message the page shows;
 * {@code problems} name the places in the profile (or the request) that caused it, so the page
 * can show each beside its field.
 */
final class Refusal extends Exception {
  private final int status;
  private final List<InputProblem> problems;

  Refusal(int status, String message, List<InputProblem> problems) {
    super(message, null, false, false);
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  /** A bad value of the request itself: {@code field} is the request's key ("runs", "loop"). */
  static Refusal badField(String field, String message) {
    return new Refusal(400, field + ": " + message, List.of(new InputProblem("request", field, message)));
  }

  static Refusal of(int status, String message) {
    return new Refusal(status, message, List.of());
  }

  int status() {
    return status;
  }

  List<InputProblem> problems() {
    return problems;
  }
}
