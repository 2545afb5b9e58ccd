package io.hcsim.cli;

/** A command-line value that parses but makes no sense (a run count of 0, say): exit code 2. */
public final class BadArgumentException extends RuntimeException {
  public BadArgumentException(String message) {
    super(message);
  }
}
