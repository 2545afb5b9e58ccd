package io.hcsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The temporary files an output is written to before it is moved into place: short hidden names
 * (a long output name leaves no room for a longer temporary one), and removed when the JVM shuts
 * down on Ctrl-C or a TERM signal while one is being written.
 */
final class TemporaryFiles {
  private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
  private static final AtomicLong COUNT = new AtomicLong();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(TemporaryFiles::deleteQuietly),
        "hcsim-temporary-files"));
  }

  private TemporaryFiles() {}

  /**
   * A new empty file in {@code dir}. Not Files.createTempFile: its files are owner-only, and the
   * result should be an ordinary file (mode from the user's umask) like any other the user creates.
   */
  static Path create(Path dir) throws IOException {
    Path tmp = dir.resolve(".hcsim-" + ProcessHandle.current().pid() + "-" + COUNT.incrementAndGet() + ".tmp");
    OPEN.add(tmp);
    try {
      return Files.createFile(tmp);
    } catch (IOException e) {
      OPEN.remove(tmp);
      throw e;
    }
  }

  /** Removes {@code tmp} (moved into place or not), best effort: it is hidden and harmless. */
  static void delete(Path tmp) {
    deleteQuietly(tmp);
    OPEN.remove(tmp);
  }

  private static void deleteQuietly(Path tmp) {
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException ignored) {
      // best effort
    }
  }
}
