package io.hcsim.core.committee;

/** What the committee decides. HOLD means "more information needed": no offer yet. */
public enum Outcome {
  HIRE,
  NO_HIRE,
  HOLD
}
