package io.hcsim.cli;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.files.Loaded;
import io.hcsim.core.files.Printable;
import io.hcsim.core.files.Source;
import io.hcsim.core.library.Library;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.profile.CandidateProfile;
import java.io.PrintWriter;
import picocli.CommandLine.Option;
import java.util.Locale;

/** The profile, loop and target level a command works on (a mixin). */
final class Inputs {
  @Option(names = {"-p", "--profile"}, paramLabel = "FILE|NAME",
      description = "Candidate profile: a YAML/JSON file or a bundled name (see 'hcsim profiles'). Default: the bundled example.")
  String profile;

  @Option(names = {"-l", "--loop"}, paramLabel = "FILE|NAME",
      description = "Interview loop: a YAML/JSON file or a bundled name (see 'hcsim loops'). Default: ali-health-pm.")
  String loop;

  @Option(names = "--target-level", paramLabel = "LEVEL",
      description = "Level applied for (P6, P7, P8), overriding the profile's targetLevel.")
  String targetLevel;

  Candidacy resolve(Library library, PrintWriter err) throws InvalidInputException {
    String profileRef = reference("--profile", profile, library.catalogue().defaultProfile(), "hcsim profiles");
    String loopRef = reference("--loop", loop, library.catalogue().defaultLoop(), "hcsim loops");
    // A name given on the command line that a file in this folder also has is said to be the bundled one.
    for (String given : java.util.Arrays.asList(profile, loop)) {
      if (given != null) {
        library.sameNamedFile(given).ifPresent(note -> err.println("note: " + note));
      }
    }
    // Each file is read once; its kind is looked at only if it does not read as what it was given as.
    Source profileSource = library.profileSource(profileRef);
    Source loopSource = library.loopSource(loopRef);
    Loaded<CandidateProfile> p;
    try {
      p = library.profile(profileSource, targetLevel == null ? null : level(library));
    } catch (InvalidInputException e) {
      DocumentKind.Verdict kind = DocumentKind.guess(profileSource);
      if (kind.kind() == DocumentKind.LOOP) {
        throw InvalidInputException.of(profileRef, "", "is a loop file (" + kind.why() + "), not a candidate profile; give it with --loop");
      }
      throw e;
    }
    Loaded<Loop> l;
    try {
      l = library.loop(loopSource);
    } catch (InvalidInputException e) {
      DocumentKind.Verdict kind = DocumentKind.guess(loopSource);
      if (kind.kind() == DocumentKind.PROFILE) {
        throw InvalidInputException.of(loopRef, "", "is a candidate profile (" + kind.why() + "), not a loop; give it with --profile");
      }
      throw e;
    }
    Candidacy checked = Candidacy.checked(library, profileRef, loopRef, p.value(), l.value());
    p.warnings().forEach(w -> err.println("warning: " + Printable.escape(w)));
    l.warnings().forEach(w -> err.println("warning: " + Printable.escape(w)));
    return checked;
  }

  private Level level(Library library) {
    return library.catalogue().levels().byId(targetLevel.toUpperCase(Locale.ROOT))
        .orElseThrow(() -> new BadArgumentException("--target-level: unknown level '" + targetLevel
            + "'; expected one of " + String.join(", ", library.catalogue().levels().ids())));
  }

  private static String reference(String option, String given, String fallback, String listCommand) {
    if (given == null) {
      return fallback;
    }
    if (given.isBlank()) {
      throw new BadArgumentException(option + ": empty; give a file or a bundled name (see '" + listCommand + "')");
    }
    return given;
  }
}
