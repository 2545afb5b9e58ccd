package io.hcsim.core.files;

import java.util.Locale;

/**
 * A document's bytes as read once from a file or a bundled resource, with the name messages give
 * it; JSON when the name ends in .json, YAML otherwise.
 */
public record Source(String name, byte[] bytes) {
  public boolean json() {
    return name.toLowerCase(Locale.ROOT).endsWith(".json");
  }
}
