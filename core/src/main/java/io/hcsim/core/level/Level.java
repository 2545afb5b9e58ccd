package io.hcsim.core.level;

/**
 * A job level such as P7: its bar on the overall proficiency scale (1-5) and its compensation
 * band. {@code rank} orders levels (P6 &lt; P7 &lt; P8).
 */
public record Level(String id, int rank, double bar, Band band) {
  // equals and hashCode as a record's, written out: the generated ones are built from method
  // handles at their first call, which costs a cold `simulate` (the first to compare levels)
  // about 25 classes spun at run time.
  @Override
  public boolean equals(Object o) {
    return o instanceof Level l && id.equals(l.id) && rank == l.rank && Double.compare(bar, l.bar) == 0
        && band.equals(l.band);
  }

  @Override
  public int hashCode() {
    return ((id.hashCode() * 31 + Integer.hashCode(rank)) * 31 + Double.hashCode(bar)) * 31 + band.hashCode();
  }
}
