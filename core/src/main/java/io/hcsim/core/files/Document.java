package io.hcsim.core.files;

import com.google.common.collect.ImmutableMap;

/**
 * A document read from a file, with where each key path starts in its text ({@code
 * "rounds[2].focus" -> "line 40, column 5"}), so that checks made after reading can still point
 * at the line.
 */
public record Document<T>(String file, T value, ImmutableMap<String, String> places) {
  /** A collector for the problems of this document's contents that locates each by its key path. */
  public Problems problems() {
    return new Problems(file, places);
  }
}
