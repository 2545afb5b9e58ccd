package io.hcsim.core.loop;

import io.hcsim.core.catalogue.CatalogueLoader;
import io.hcsim.core.files.DocumentReader;
import io.hcsim.core.files.FileReference;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.files.Source;
import io.hcsim.core.files.Suggestions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A loop named inside another file: a loop's {@code extends:} or a scorecard's {@code loop:}. A
 * bundled name is the bundled loop; anything else is a file relative to the naming file's folder.
 * The file must read as a loop before it is read as one: a file that is not (a password file, a
 * key) gets one line that quotes nothing of it, where the loop reader would echo its lines back
 * as unknown keys.
 */
public final class LoopReference {
  private static final Set<String> KEYS = DocumentReader.keys(LoopFile.class);

  private LoopReference() {}

  /**
   * The loop {@code ref} names, read once. {@code file}, {@code where} and {@code key} place the
   * reference for messages; {@code folder} is where a relative path starts (null: the current folder).
   */
  public static Source source(String ref, Path folder, List<String> bundled, String file, String where, String key)
      throws InvalidInputException {
    if (bundled.contains(ref)) {
      return new Source("loop " + ref, CatalogueLoader.resource("loops/" + ref + ".yaml"), true);
    }
    Path path = FileReference.path(folder, ref, file, where, key);
    if (!FileReference.present(path)) {
      throw InvalidInputException.of(file, where, key + ": " + (FileReference.bareWord(ref)
          ? Suggestions.unknown("bundled loop", ref, bundled) : "no such file '" + path + "'")
          + "; expected a bundled loop name or a loop file (relative to this file)");
    }
    Source source = DocumentReader.load(path, LoopReader.WHAT);
    if (!looksLikeLoop(source)) {
      throw InvalidInputException.of(file, where, key + ": '" + path + "' is not a loop file (not a YAML or JSON"
          + " mapping of a loop's keys); expected a bundled loop name or a loop file");
    }
    return source;
  }

  /** A mapping each of whose keys is a loop's, or close enough to one to be its misspelling. */
  private static boolean looksLikeLoop(Source source) {
    Optional<Set<String>> keys = DocumentReader.topLevelKeys(source);
    return keys.isPresent() && !keys.get().isEmpty()
        && keys.get().stream().allMatch(k -> KEYS.contains(k) || Suggestions.closest(k, KEYS).isPresent());
  }
}
