package io.hcsim.core.rating;

import java.util.Optional;
import java.util.Locale;

/**
 * The four-point interview scale, with no neutral point, as Lever, Google and interviewing.io
 * use it. The same scale serves for a competency rating and for an interviewer's overall
 * recommendation. Its words in each language are in the bundles ({@code rating.STRONG_NO}, ...).
 */
public enum Rating {
  STRONG_NO(1),
  LEAN_NO(2),
  LEAN_HIRE(3),
  STRONG_HIRE(4);

  private static final Rating[] BY_SCORE = {null, STRONG_NO, LEAN_NO, LEAN_HIRE, STRONG_HIRE};

  private final int score;

  Rating(int score) {
    this.score = score;
  }

  public int score() {
    return score;
  }

  public boolean isHire() {
    return score >= 3;
  }

  /**
   * An interviewer's overall recommendation from its focus-weighted mean rating: the nearest
   * point of the scale (halves round up). Shared by the simulated interviewers and the scorecard
   * reader, so both recommend alike.
   */
  public static int nearestScore(double weightedMean) {
    if (weightedMean >= 3.5 - HALF_TOLERANCE) {
      return 4;
    }
    if (weightedMean >= 2.5 - HALF_TOLERANCE) {
      return 3;
    }
    return weightedMean >= 1.5 - HALF_TOLERANCE ? 2 : 1;
  }

  /**
   * How far under a half a weighted mean may fall and still count as the half: weights written as
   * decimals add up in binary to a hair under it (0.35·3 + 0.25·1 + 0.2·4 + 0.2·2 is 2.4999999999999996),
   * and the model rounds a half up. Far below any difference two real weightings can make.
   */
  public static final double HALF_TOLERANCE = 1e-9;

  public static Rating ofScore(int score) {
    if (score < 1 || score > 4) {
      throw new IllegalArgumentException("rating score must be 1-4: " + score);
    }
    return BY_SCORE[score];
  }

  /** Parses {@code LEAN_HIRE}, {@code lean_hire}, {@code "Lean Hire"} or {@code 3}. */
  public static Optional<Rating> parse(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (Rating r : values()) {
      if (r.name().equals(t) || String.valueOf(r.score).equals(t)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
