package io.hcsim.cli;

import io.hcsim.core.files.Suggestions;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `hcsim loops`: the bundled interview loops. */
@Command(name = "loops", mixinStandardHelpOptions = true,
    description = "List the bundled interview loops, usable by name wherever a loop file is accepted.")
final class LoopsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--show", paramLabel = "NAME", description = "Print a bundled loop's file, to copy and edit.")
  String show;

  @Override
  public Integer call() throws Exception {
    Library library = Library.bundled();
    PrintWriter out = spec.commandLine().getOut();
    if (show != null) {
      if (!library.catalogue().bundledLoops().contains(show)) {
        throw new BadArgumentException("--show: " + Suggestions.unknown("bundled loop", show, library.catalogue().bundledLoops()));
      }
      out.print(library.bundledLoopText(show));
      return Main.OK;
    }
    int width = library.catalogue().bundledLoops().stream().mapToInt(String::length).max().orElse(10);
    for (String name : library.catalogue().bundledLoops()) {
      Loop loop = library.loop(name).value();
      String mark = name.equals(library.catalogue().defaultLoop()) ? " (default)" : "";
      out.printf("%-" + width + "s  %d rounds  %s%s%n", name, loop.rounds().size(), loop.description(), mark);
    }
    return Main.OK;
  }
}
