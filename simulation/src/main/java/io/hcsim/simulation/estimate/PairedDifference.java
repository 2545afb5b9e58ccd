package io.hcsim.simulation.estimate;



/**
 * The difference in P(offer) between two scenarios played on the same draws (common random
 * numbers), from the 2x2 table of paired outcomes. Only discordant runs carry the difference,
 * which is why a paired comparison is far sharper than two separate ones.
 *
 * @param onlyA runs where only scenario A ended in an offer
 * @param onlyB runs where only scenario B did
 */
public record PairedDifference(long runs, long hiresA, long hiresB, long onlyA, long onlyB) {
  public double probabilityA() {
    return hiresA / (double) runs;
  }

  public double probabilityB() {
    return hiresB / (double) runs;
  }

  /** P(offer | B) - P(offer | A). */
  public double difference() {
    return (onlyB - onlyA) / (double) runs;
  }

  /** Half-width of the 95% interval of the paired difference (normal approximation). */
  public double halfWidth95() {
    double n = runs;
    double d = difference();
    double variance = Math.max(0, (onlyA + onlyB) / n - d * d) / n;
    return Wilson.Z95 * Math.sqrt(variance);
  }
}
