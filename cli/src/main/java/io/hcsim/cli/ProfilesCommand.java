package io.hcsim.cli;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.library.Library;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.reports.i18n.Messages;
import java.util.List;
import picocli.CommandLine.Command;

/** `hcsim profiles`: the bundled example candidates. */
@Command(name = "profiles", mixinStandardHelpOptions = true,
    description = "List the bundled candidate profiles, usable by name wherever a profile file is accepted.")
final class ProfilesCommand extends BundledCommand {
  @Override
  String kind() {
    return "profile";
  }

  @Override
  List<String> names(Library library) {
    return library.catalogue().bundledProfiles();
  }

  @Override
  String defaultName(Library library) {
    return library.catalogue().defaultProfile();
  }

  @Override
  String describe(Library library, String name, Messages m) throws InvalidInputException {
    CandidateProfile p = library.profile(name).value();
    return String.format("%-3s  %s", p.targetLevel().id(), firstSentence(m.profileNotes(name, p.notes())));
  }

  @Override
  String text(Library library, String name) throws InvalidInputException {
    return library.bundledProfileText(name);
  }

  /** The first sentence: up to ". " in English, up to "。" in Chinese (which puts no space after it). */
  static String firstSentence(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    int dot = t.indexOf(". ");
    int full = t.indexOf('。');
    if (full >= 0 && full < t.length() - 1 && (dot < 0 || full < dot)) {
      return t.substring(0, full + 1);
    }
    return dot < 0 ? t : t.substring(0, dot + 1);
  }
}
