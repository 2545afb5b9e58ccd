package io.hcsim.cli;

import java.util.Map;
import picocli.CommandLine;

/**
 * docs/cli.md, written from picocli's own model of the commands: the usage text each command
 * prints for {@code --help}, so the reference cannot say anything the command line does not.
 * {@link CliReferenceTest} fails when the file differs from what this writes.
 */
final class CliReference {
  /** picocli's default; fixed here so that a COLUMNS or picocli.usage.width setting changes nothing. */
  static final int WIDTH = 80;
  static final String REGENERATE =
      "mvn -B -q -pl cli -am test -Dtest=CliReferenceTest -Dsurefire.failIfNoSpecifiedTests=false -Dhcsim.docs.update=true";

  private CliReference() {}

  static String markdown() {
    CommandLine root = new CommandLine(new Main());
    StringBuilder md = new StringBuilder()
        .append("# Command-line reference\n\n")
        .append("Every command's `--help`, as picocli prints it. This file is generated from the commands\n")
        .append("themselves (`CliReference` in the cli module's tests) and a test fails when it differs;\n")
        .append("do not edit it by hand. After changing a command, regenerate it with\n\n")
        .append("```sh\n").append(REGENERATE).append("\n```\n\n")
        .append("Exit codes, for every command: 0 done, 2 bad input (one line per problem), 1 internal error.\n\n")
        .append("Commands: ");
    Map<String, CommandLine> subcommands = root.getSubcommands();
    subcommands.keySet().stream().filter(name -> !name.equals("help"))
        .forEach(name -> md.append("[").append(name).append("](#hcsim-").append(name).append("), "));
    md.setLength(md.length() - 2);
    md.append(".\n");
    section(md, "hcsim", root);
    subcommands.forEach((name, sub) -> {
      if (!name.equals("help")) {
        section(md, "hcsim " + name, sub);
      }
    });
    return md.toString();
  }

  private static void section(StringBuilder md, String title, CommandLine command) {
    command.setUsageHelpWidth(WIDTH);
    md.append("\n## ").append(title).append("\n\n```text\n")
        .append(command.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing())
        .append("\n```\n");
  }
}
