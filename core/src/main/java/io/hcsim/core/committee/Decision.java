package io.hcsim.core.committee;

import io.hcsim.core.level.Level;
import java.util.Optional;

/** A committee decision: the outcome, and the level when it is a hire. */
public record Decision(Outcome outcome, Optional<Level> level) {
  public static Decision hire(Level level) {
    return new Decision(Outcome.HIRE, Optional.of(level));
  }

  public static Decision noHire() {
    return new Decision(Outcome.NO_HIRE, Optional.empty());
  }

  public static Decision hold() {
    return new Decision(Outcome.HOLD, Optional.empty());
  }
}
