package io.hcsim.core.files;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the valid name a user most likely meant, so an error can say "did you mean ...". */
public final class Suggestions {
  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private Suggestions() {}

  /** The closest candidate within a few edits (scaled by length), if any. */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    String t = typed.toLowerCase(java.util.Locale.ROOT);
    return candidates.stream()
        .filter(c -> DISTANCE.apply(t, c.toLowerCase(java.util.Locale.ROOT)) <= Math.max(2, c.length() / 3))
        .min(Comparator.comparingInt((String c) -> DISTANCE.apply(t, c.toLowerCase(java.util.Locale.ROOT)))
            .thenComparing(Comparator.naturalOrder()));
  }

  /** "unknown X 'typed'; did you mean 'y'? Valid: a, b, c" */
  public static String unknown(String what, String typed, Collection<String> valid) {
    StringBuilder s = new StringBuilder("unknown ").append(what).append(" '").append(typed).append("'");
    closest(typed, valid).ifPresent(c -> s.append("; did you mean '").append(c).append("'?"));
    s.append(closest(typed, valid).isPresent() ? " Valid: " : "; valid: ");
    s.append(String.join(", ", valid));
    return s.toString();
  }
}
