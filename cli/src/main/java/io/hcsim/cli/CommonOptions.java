package io.hcsim.cli;

import picocli.CommandLine.Option;

/** Options every command understands. */
final class CommonOptions {
  @Option(names = "--debug", description = "On an internal error, print the stack trace.")
  boolean debug;
}
