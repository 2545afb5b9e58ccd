package io.hcsim.simulation.estimate;



/**
 * The difference in the mean of a quantity (such as the expected offer, 0 for no offer) between
 * two scenarios played on the same draws, with its 95% half-width from the paired differences.
 */
public record MeanDifference(long runs, double meanA, double meanB, double difference, double halfWidth95) {
  public static MeanDifference of(long runs, double sumA, double sumB, double sumDiff, double sumDiffSquares) {
    double n = runs;
    double d = sumDiff / n;
    double variance = runs > 1 ? Math.max(0, (sumDiffSquares - n * d * d) / (n - 1)) / n : 0;
    return new MeanDifference(runs, sumA / n, sumB / n, d, Wilson.Z95 * Math.sqrt(variance));
  }
}
