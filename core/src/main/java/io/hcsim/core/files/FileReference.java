package io.hcsim.core.files;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A file named by the user: on the command line, or inside another file (a loop's
 * {@code extends:}, a scorecard's {@code loop:}). Where a bundled name is also accepted, the
 * bundled name always means the bundled entry, whatever files the current folder holds, so a file
 * cannot stand in for it unnoticed; a file of that name is given as a path ({@code ./NAME}).
 */
public final class FileReference {
  private FileReference() {}

  /**
   * The path {@code ref} names, resolved against {@code folder} when that is not null. A name no
   * file can have (a NUL character) is a problem of {@code file} at {@code where}, under {@code key}.
   */
  public static Path path(Path folder, String ref, String file, String where, String key) throws InvalidInputException {
    try {
      return folder == null ? Path.of(ref) : folder.resolve(ref);
    } catch (InvalidPathException e) {
      throw InvalidInputException.of(file, where, key + ": '" + Printable.escape(ref)
          + "' cannot be a file name (" + e.getReason() + "); expected a bundled name or the path of a file");
    }
  }

  /** A word with no folder and no extension: meant as a bundled name, not a file. */
  public static boolean bareWord(String ref) {
    return !ref.contains("/") && !ref.contains("\\") && !ref.contains(".");
  }

  /** Whether anything is there, a symbolic link that leads nowhere (or in a loop) included. */
  public static boolean present(Path path) {
    return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
  }
}
