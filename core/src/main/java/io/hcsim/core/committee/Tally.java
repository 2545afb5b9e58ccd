package io.hcsim.core.committee;

import io.hcsim.core.rating.Rating;
import java.util.Arrays;

/** How many interviewers gave each overall recommendation: what the vote-based rules read. */
public final class Tally {
  private final int[] counts = new int[5];

  public void reset() {
    Arrays.fill(counts, 0);
  }

  public void add(int score) {
    counts[score]++;
  }

  public void add(Rating rating) {
    add(rating.score());
  }

  public int count(Rating rating) {
    return counts[rating.score()];
  }

  public int total() {
    return counts[1] + counts[2] + counts[3] + counts[4];
  }

  public int hires() {
    return counts[3] + counts[4];
  }
}
