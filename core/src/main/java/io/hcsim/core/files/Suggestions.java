package io.hcsim.core.files;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the valid name a user most likely meant, so an error can say "did you mean ...". */
public final class Suggestions {
  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private Suggestions() {}

  /**
   * The closest candidate within a few edits (scaled by length), if there is exactly one: for
   * {@code P9} among P6, P7 and P8 any guess would be arbitrary, so none is made.
   */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    if (typed.isBlank()) {
      return Optional.empty(); // a blank is a couple of edits from any short name, and means none of them
    }
    int best = Integer.MAX_VALUE;
    String nearest = null;
    int ties = 0;
    for (String c : candidates) {
      int d = distance(typed, c);
      if (d > Math.max(2, c.length() / 3) || d > best) {
        continue;
      }
      ties = d == best ? ties + 1 : 1;
      nearest = c;
      best = d;
    }
    return ties == 1 ? Optional.of(nearest) : Optional.empty();
  }

  /** "unknown X 'typed'; did you mean 'y'? Valid: a, b, c" */
  public static String unknown(String what, String typed, Collection<String> valid) {
    Optional<String> guess = closest(typed, valid);
    StringBuilder s = new StringBuilder("unknown ").append(what).append(" '").append(typed).append("'");
    guess.ifPresent(c -> s.append("; did you mean '").append(c).append("'?"));
    s.append(guess.isPresent() ? " Valid: " : "; valid: ");
    s.append(String.join(", ", valid));
    return s.toString();
  }

  private static int distance(String a, String b) {
    return DISTANCE.apply(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
  }
}
