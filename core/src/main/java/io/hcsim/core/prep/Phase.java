package io.hcsim.core.prep;

/** When in a preparation an activity belongs: reading and research first, practice next, mock loops last. */
public enum Phase {
  RESEARCH,
  PRACTICE,
  REHEARSAL
}
