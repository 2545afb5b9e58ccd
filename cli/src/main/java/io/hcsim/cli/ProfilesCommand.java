package io.hcsim.cli;

import io.hcsim.core.library.Library;
import io.hcsim.core.profile.CandidateProfile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** `hcsim profiles`: the bundled example candidates. */
@Command(name = "profiles", mixinStandardHelpOptions = true,
    description = "List the bundled candidate profiles, usable by name wherever a profile file is accepted.")
final class ProfilesCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    Library library = Library.bundled();
    PrintWriter out = spec.commandLine().getOut();
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
