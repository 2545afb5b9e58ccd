package io.hcsim.cli;

import io.hcsim.core.files.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file whole or not at all: to a temporary file beside it, then moved into
 * place, so a failure never leaves half a file. A symbolic link is followed (the file it points
 * to gets the text and the link stays); anything that is not a regular file is refused, since
 * moving a file over a device, pipe or socket would replace it.
 */
final class OutputFile {
  /** Links followed before giving up, as Linux's own limit (a loop of links never ends). */
  private static final int MAX_LINKS = 40;

  private OutputFile() {}

  static void write(Path file, String text, boolean overwrite) throws InvalidInputException {
    write(file, text.getBytes(StandardCharsets.UTF_8), overwrite);
  }

  /**
   * Everything about {@code file} that can be told before any work is done: not a directory or a
   * device, not an existing file unless {@code overwrite}, a folder that exists and can be written
   * to. Commands call it first, so that a bad name costs no simulation time.
   */
  static void check(Path file, boolean overwrite) throws InvalidInputException {
    Path dir = preflight(file, overwrite);
    if (!Files.isWritable(dir)) {
      throw InvalidInputException.of(file.toString(), "", "cannot be written: permission denied in " + dir);
    }
  }

  /** The checks {@link #check} and {@link #write} share; returns the folder the file goes in. */
  private static Path preflight(Path file, boolean overwrite) throws InvalidInputException {
    String name = file.toString();
    refuseDirectory(file);
    Path target = followLinks(file);
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      throw InvalidInputException.of(name, "", "is not a regular file (a device, pipe or socket); give the name of"
          + " an ordinary file to write");
    }
    if (Files.exists(target) && !overwrite) {
      throw InvalidInputException.of(name, "", "already exists; use --force to overwrite it");
    }
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw InvalidInputException.of(name, "", "cannot be written: the folder " + dir + " does not exist");
    }
    return dir;
  }

  /** As {@link #write(Path, String, boolean)}, for a binary document such as a PDF. */
  static void write(Path file, byte[] content, boolean overwrite) throws InvalidInputException {
    String name = file.toString();
    Path target = followLinks(file);
    // The temporary file goes beside the real target, so that the move stays on its file system.
    Path dir = preflight(file, overwrite);
    // Not Files.createTempFile: its files are owner-only, and the result should be an ordinary
    // file (mode from the user's umask) like any other the user creates.
    Path tmp = null;
    try {
      tmp = Files.createFile(
          dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp"));
      Files.write(tmp, content);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (AccessDeniedException e) {
      throw InvalidInputException.of(name, "", "cannot be written: permission denied in " + dir);
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(name, "", "cannot be written: the folder " + dir + " does not exist");
    } catch (IOException e) {
      throw InvalidInputException.of(name, "", "cannot be written: " + e.getMessage());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the temporary file is hidden and harmless
        }
      }
    }
  }

  /** A directory is never a file to write: said before anything else about the name (its extension). */
  static void refuseDirectory(Path file) throws InvalidInputException {
    if (Files.isDirectory(file)) {
      throw InvalidInputException.of(file.toString(), "", "is a directory; give a file name to write");
    }
  }

  /**
   * The path a chain of symbolic links ends at, which need not exist yet (a link to a file still
   * to be written); {@code file} itself when it is not a link. Moving the new file onto the link
   * would replace the link, not the file the user meant.
   */
  private static Path followLinks(Path file) throws InvalidInputException {
    Path path = file;
    for (int links = 0; Files.isSymbolicLink(path); links++) {
      if (links == MAX_LINKS) {
        throw InvalidInputException.of(file.toString(), "", "cannot be written: too many levels of symbolic links");
      }
      try {
        // A relative link is relative to the link's own folder; resolveSibling keeps an absolute one as it is.
        path = path.toAbsolutePath().resolveSibling(Files.readSymbolicLink(path));
      } catch (IOException e) {
        throw InvalidInputException.of(file.toString(), "", "cannot be written: the link cannot be read (" + e.getMessage() + ")");
      }
    }
    return path;
  }
}
