package io.hcsim.cli;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.files.Suggestions;
import io.hcsim.core.library.Library;
import io.hcsim.reports.i18n.Messages;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What `hcsim profiles` and `hcsim loops` share: list the bundled ones of a kind, one line each
 * with the default marked, or print one's file with {@code --show NAME}.
 */
abstract class BundledCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin LanguageOption language;

  @Option(names = "--show", paramLabel = "NAME", description = "Print a bundled one's file, comments and all, to copy and edit.")
  String show;

  /** "profile" or "loop", for messages. */
  abstract String kind();

  abstract List<String> names(Library library);

  abstract String defaultName(Library library);

  /** The listing's line for one bundled name, after the name. */
  abstract String describe(Library library, String name, Messages m) throws InvalidInputException;

  abstract String text(Library library, String name) throws InvalidInputException;

  @Override
  public Integer call() throws Exception {
    Messages m = language.messages();
    Library library = Library.bundled();
    PrintWriter out = spec.commandLine().getOut();
    List<String> names = names(library);
    if (show != null) {
      if (!names.contains(show)) {
        throw new BadArgumentException("--show: " + Suggestions.unknown("bundled " + kind(), show, names));
      }
      out.print(text(library, show));
      return Main.OK;
    }
    int width = names.stream().mapToInt(String::length).max().orElse(10);
    for (String name : names) {
      String mark = name.equals(defaultName(library)) ? m.get("bundled.default") : "";
      out.printf("%-" + width + "s  %s%s%n", name, describe(library, name, m), mark);
    }
    return Main.OK;
  }
}
