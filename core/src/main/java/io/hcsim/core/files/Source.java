package io.hcsim.core.files;

import java.util.Locale;

/**
 * A document's bytes as read once from a file or a bundled resource, with the name messages give
 * it; JSON when the name ends in .json, YAML otherwise.
 *
 * @param bundled one of hcsim's own files, which its tests scan as strictly as a user's: read
 *     without the scan (see {@link DocumentReader#parseBundledDocument})
 */
public record Source(String name, byte[] bytes, boolean bundled) {
  /** A user's file. */
  public Source(String name, byte[] bytes) {
    this(name, bytes, false);
  }

  public boolean json() {
    return name.toLowerCase(Locale.ROOT).endsWith(".json");
  }
}
