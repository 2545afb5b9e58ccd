package io.hcsim.core.library;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.catalogue.CatalogueLoader;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.files.Loaded;
import io.hcsim.core.files.DocumentReader;
import io.hcsim.core.files.FileReference;
import io.hcsim.core.files.Source;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.LoopReader;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.core.profile.ProfileReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds loops and profiles by bundled name or by file path, wherever a command accepts one: a
 * bundled name always means the bundled entry (a file of that name is given as {@code ./NAME}; see
 * {@link FileReference}).
 */
public final class Library {
  private final Catalogue catalogue;
  private final ProfileReader profiles;
  private final LoopReader loops;

  public Library(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.profiles = new ProfileReader(catalogue);
    this.loops = new LoopReader(catalogue);
  }

  public static Library bundled() {
    return new Library(CatalogueLoader.bundled());
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public Loaded<CandidateProfile> profile(String nameOrFile) throws InvalidInputException {
    return profiles.read(profileSource(nameOrFile));
  }

  /** The profile applied to another target level than its file's (pool means filled for that level). */
  public Loaded<CandidateProfile> profile(String nameOrFile, Level target) throws InvalidInputException {
    return profile(profileSource(nameOrFile), target);
  }

  /** A profile already read; {@code target}, if not null, replaces the file's target level. */
  public Loaded<CandidateProfile> profile(Source source, Level target) throws InvalidInputException {
    return (target == null ? profiles : new ProfileReader(catalogue, target)).read(source);
  }

  public Loaded<Loop> loop(String nameOrFile) throws InvalidInputException {
    return loops.read(loopSource(nameOrFile));
  }

  public Loaded<Loop> loop(Source source) throws InvalidInputException {
    return loops.read(source);
  }

  /** A bundled profile by name, or a profile file, read once (to tell its kind and then to read it). */
  public Source profileSource(String nameOrFile) throws InvalidInputException {
    return source(nameOrFile, "profile", catalogue.bundledProfiles(), ProfileReader.WHAT);
  }

  /** A bundled loop by name, or a loop file, read once. */
  public Source loopSource(String nameOrFile) throws InvalidInputException {
    return source(nameOrFile, "loop", catalogue.bundledLoops(), LoopReader.WHAT);
  }

  /** A bundled {@code kind} by name (from the catalogue's {@code kind}s/ folder) or a file. */
  private static Source source(String nameOrFile, String kind, List<String> names, String what)
      throws InvalidInputException {
    if (names.contains(nameOrFile)) {
      return new Source(kind + " " + nameOrFile, CatalogueLoader.resource(kind + "s/" + nameOrFile + ".yaml"), true);
    }
    Path path = FileReference.path(null, nameOrFile, nameOrFile, "", "the name");
    checkLooksLikeFile(nameOrFile, path, kind, names);
    return DocumentReader.load(path, what);
  }

  /**
   * What to tell a user who named a bundled entry while a file of that name is in the current
   * folder: that the bundled one was read, and how to name the file. Empty when nothing is ambiguous.
   */
  public Optional<String> sameNamedFile(String ref) {
    boolean bundled = catalogue.bundledLoops().contains(ref) || catalogue.bundledProfiles().contains(ref);
    if (!bundled || !FileReference.present(Path.of(ref))) {
      return Optional.empty();
    }
    return Optional.of("'" + ref + "' is the bundled " + (catalogue.bundledLoops().contains(ref) ? "loop" : "profile")
        + "; the file of that name in this folder was not read (give it as ./" + ref + ")");
  }

  /** The text of a bundled profile, comments and all, for users who want to copy and edit it. */
  public String bundledProfileText(String name) throws InvalidInputException {
    return bundledText("profile", name);
  }

  /** The text of a bundled loop, comments and all, for users who want to copy and edit it. */
  public String bundledLoopText(String name) throws InvalidInputException {
    return bundledText("loop", name);
  }

  private static String bundledText(String kind, String name) throws InvalidInputException {
    return new String(CatalogueLoader.resource(kind + "s/" + name + ".yaml"), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A bare word that is neither a bundled name nor an existing file is a misspelt name. */
  private static void checkLooksLikeFile(String arg, Path path, String what, List<String> names)
      throws InvalidInputException {
    if (FileReference.bareWord(arg) && !FileReference.present(path)) {
      throw InvalidInputException.of(arg, "", io.hcsim.core.files.Suggestions.unknown("bundled " + what, arg, names)
          + " (or give the path of a YAML or JSON file)");
    }
  }
}
