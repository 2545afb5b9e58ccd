package io.hcsim.cli;

import io.hcsim.core.catalogue.CatalogueLoader;
import io.hcsim.core.files.Suggestions;
import io.hcsim.core.library.Library;
import io.hcsim.core.profile.CandidateProfile;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `hcsim profiles`: the bundled example candidates. */
@Command(name = "profiles", mixinStandardHelpOptions = true,
    description = "List the bundled candidate profiles, usable by name wherever a profile file is accepted.")
final class ProfilesCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--show", paramLabel = "NAME", description = "Print a bundled profile's file, to copy and edit.")
  String show;

  @Override
  public Integer call() throws Exception {
    Library library = Library.bundled();
    PrintWriter out = spec.commandLine().getOut();
    if (show != null) {
      if (!library.catalogue().bundledProfiles().contains(show)) {
        throw new BadArgumentException("--show: " + Suggestions.unknown("bundled profile", show, library.catalogue().bundledProfiles()));
      }
      // The file as shipped, comments and all (Library has no bundledProfileText, so read the resource).
      out.print(new String(CatalogueLoader.resource("profiles/" + show + ".yaml"), StandardCharsets.UTF_8));
      return Main.OK;
    }
    int width = library.catalogue().bundledProfiles().stream().mapToInt(String::length).max().orElse(10);
    for (String name : library.catalogue().bundledProfiles()) {
      CandidateProfile p = library.profile(name).value();
      String mark = name.equals(library.catalogue().defaultProfile()) ? " (default)" : "";
      out.printf("%-" + width + "s  %-3s  %s%s%n", name, p.targetLevel().id(), firstSentence(p.notes()), mark);
    }
    return Main.OK;
  }

  static String firstSentence(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    int dot = t.indexOf(". ");
    return dot < 0 ? t : t.substring(0, dot + 1);
  }
}
