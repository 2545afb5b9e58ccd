package io.hcsim.core.loop;

import io.hcsim.core.rating.Rating;

/**
 * A round's pass mark: the interviewer's recommendation must reach {@code minimum} for the round
 * to pass. Every interview passes or fails, as in the source's loop, where each round's written
 * feedback (面评) is read before the next is scheduled; a round that names no gate passes at Lean
 * Hire ({@link #DEFAULT}), and a screen that stops only a clear misfit sets Lean No.
 */
public record Gate(Rating minimum) {
  /** A fail is Lean No or worse. */
  public static final Gate DEFAULT = new Gate(Rating.LEAN_HIRE);
  /** Nothing fails (for studies that play every round). */
  public static final Gate NONE = new Gate(Rating.STRONG_NO);

  /** Whether some recommendation fails it (every gate but {@link #NONE}). */
  public boolean stops() {
    return minimum != Rating.STRONG_NO;
  }
}
