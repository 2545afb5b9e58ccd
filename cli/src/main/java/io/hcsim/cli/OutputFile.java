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
 * place, so a failure never leaves half a file.
 */
final class OutputFile {
  private OutputFile() {}

  static void write(Path file, String text, boolean overwrite) throws InvalidInputException {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw InvalidInputException.of(name, "", "is a directory; give a file name to write");
    }
    if (Files.exists(file) && !overwrite) {
      throw InvalidInputException.of(name, "", "already exists; use --force to overwrite it");
    }
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw InvalidInputException.of(name, "", "cannot be written: the folder " + dir + " does not exist");
    }
    // Not Files.createTempFile: its files are owner-only, and the result should be an ordinary
    // file (mode from the user's umask) like any other the user creates.
    Path tmp = null;
    try {
      tmp = Files.createFile(
          dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp"));
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
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
}
