package io.hcsim.cli;

import io.hcsim.core.files.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import picocli.CommandLine;

/**
 * Writes an output file whole or not at all: to a temporary file beside it, then moved into
 * place, so a failure never leaves half a file (and an interrupted run leaves no temporary file;
 * see {@link TemporaryFiles}). Without --force the new file never replaces one that appeared
 * while hcsim worked; with it, the replaced file's permissions are kept. A symbolic link is followed (the file it points
 * to gets the text and the link stays); anything that is not a regular file is refused, since
 * moving a file over a device, pipe or socket would replace it.
 */
final class OutputFile {
  /** Links followed before giving up, as Linux's own limit (a loop of links never ends). */
  private static final int MAX_LINKS = 40;
  /** The longest file name ext4, XFS, Btrfs and tmpfs hold, in bytes. */
  private static final int MAX_NAME_BYTES = 255;

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
    int bytes = target.getFileName().toString().getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_NAME_BYTES) {
      throw InvalidInputException.of(name, "", "cannot be written: the file name is " + bytes + " bytes long; at most "
          + MAX_NAME_BYTES + " (the limit of Linux's file systems)");
    }
    return dir;
  }

  /** As {@link #write(Path, String, boolean)}, for a binary document such as a PDF. */
  static void write(Path file, byte[] content, boolean overwrite) throws InvalidInputException {
    String name = file.toString();
    Path target = followLinks(file);
    // The temporary file goes beside the real target, so that the move stays on its file system.
    Path dir = preflight(file, overwrite);
    Path tmp = null;
    try {
      tmp = TemporaryFiles.create(dir);
      Files.write(tmp, content);
      if (overwrite) {
        keepMode(target, tmp);
        try {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } else {
        placeNew(tmp, target);
      }
    } catch (FileAlreadyExistsException e) {
      throw InvalidInputException.of(name, "", "already exists (another program wrote it while hcsim worked); it was left"
          + " as it is: use --force to overwrite it");
    } catch (AccessDeniedException e) {
      throw InvalidInputException.of(name, "", "cannot be written: permission denied in " + dir);
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(name, "", "cannot be written: the folder " + dir + " does not exist");
    } catch (IOException e) {
      throw InvalidInputException.of(name, "", "cannot be written: " + e.getMessage());
    } finally {
      if (tmp != null) {
        TemporaryFiles.delete(tmp);
      }
    }
  }

  /**
   * Puts the new file at {@code target} only if nothing is there yet, in one step: a hard link
   * fails when the name exists, where a check followed by a move would replace a file another
   * program wrote in between. A file system without hard links gets the move, checked just before.
   */
  private static void placeNew(Path tmp, Path target) throws IOException {
    try {
      Files.createLink(target, tmp);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.move(tmp, target); // without REPLACE_EXISTING: fails if the target exists
    }
  }

  /** The replaced file's permissions go to its replacement: a private report stays private. */
  private static void keepMode(Path target, Path tmp) throws IOException {
    if (!Files.exists(target)) {
      return;
    }
    try {
      Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: nothing to keep
    }
  }

  /**
   * Refuses a command line whose output file (--out, --report) is one of the files it reads
   * (optimize -p me.yaml --out me.yaml would replace the profile with a plan), before any work.
   */
  static void refuseInputs(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult command = parsed;
    while (command.hasSubcommand()) {
      command = command.subcommand();
    }
    List<String> outputs = new ArrayList<>();
    List<String> inputs = new ArrayList<>();
    for (CommandLine.Model.OptionSpec o : command.matchedOptions()) {
      (OUTPUT_OPTIONS.contains(o.longestName()) ? outputs : inputs).addAll(values(o.getValue()));
    }
    command.matchedPositionals().forEach(p -> inputs.addAll(values(p.getValue())));
    for (String out : outputs) {
      for (String in : inputs) {
        if (sameFile(out, in)) {
          throw new CommandLine.ParameterException(command.commandSpec().commandLine(), "the output " + out
              + " is the file " + in + " that this command reads; give the output another name");
        }
      }
    }
  }

  private static final Set<String> OUTPUT_OPTIONS = Set.of("--out", "--report");

  /** An option's value or values, as text (a path, a name, a number). */
  private static List<String> values(Object value) {
    if (value instanceof Collection<?> c) {
      return c.stream().filter(Objects::nonNull).map(Object::toString).toList();
    }
    return value == null ? List.of() : List.of(value.toString());
  }

  private static boolean sameFile(String a, String b) {
    try {
      Path pa = Path.of(a);
      Path pb = Path.of(b);
      return Files.exists(pa) && Files.exists(pb) && Files.isSameFile(pa, pb);
    } catch (IOException | InvalidPathException e) {
      return false;
    }
  }

  /** A directory is never a file to write: said before anything else about the name (its extension). */
  static void refuseDirectory(Path file) throws InvalidInputException {
    if (file.toString().isEmpty()) {
      throw InvalidInputException.of("''", "", "an empty file name; give the name of a file to write");
    }
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
