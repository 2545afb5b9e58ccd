package io.hcsim.simulation.experiment;

/**
 * A precision target that the run cap cannot reach, as the first batch predicts: P(offer) near
 * {@code hireRate} needs about {@code runsNeeded} runs for that half-width.
 */
public final class PrecisionOutOfReach extends RuntimeException {
  private final double halfWidth;
  private final double hireRate;
  private final long runsSoFar;
  private final double runsNeeded;
  private final long maxRuns;

  PrecisionOutOfReach(double halfWidth, double hireRate, long runsSoFar, double runsNeeded, long maxRuns) {
    super(String.format(java.util.Locale.ROOT, "a half-width of %s needs about %.2g runs; at most %,d are played",
        halfWidth, runsNeeded, maxRuns));
    this.halfWidth = halfWidth;
    this.hireRate = hireRate;
    this.runsSoFar = runsSoFar;
    this.runsNeeded = runsNeeded;
    this.maxRuns = maxRuns;
  }

  public double halfWidth() {
    return halfWidth;
  }

  public double hireRate() {
    return hireRate;
  }

  public long runsSoFar() {
    return runsSoFar;
  }

  public double runsNeeded() {
    return runsNeeded;
  }

  public long maxRuns() {
    return maxRuns;
  }
}
