package io.hcsim.simulation.study;

/** A study asked for something it cannot do (a sweep value, a grid too large); the message is one line. */
public final class StudyInputException extends RuntimeException {
  public StudyInputException(String message) {
    super(message);
  }
}
