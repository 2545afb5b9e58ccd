package io.hcsim.simulation.study;

import io.hcsim.simulation.estimate.Wilson;

/**
 * The final scores of the qualified and of the others in fine bins, from which the area under the
 * ROC curve and its DeLong interval follow exactly for the binned scores: every candidate in a bin
 * shares its placement (the share of the other class below it, ties half), so nothing per
 * candidate is kept. Scores closer than a bin count as tied; at 4,096 bins over the range that
 * moves the area by far less than its interval.
 */
final class ScoreHistogram {
  static final int BINS = 4096;

  private final double low;
  private final double scale;
  private final long[] positive = new long[BINS];
  private final long[] negative = new long[BINS];

  /** Bins over [low, high]; scores outside fall in the end bins. */
  ScoreHistogram(double low, double high) {
    this.low = low;
    this.scale = BINS / (high - low);
  }

  void add(double score, boolean isPositive) {
    int bin = (int) ((score - low) * scale);
    bin = Math.max(0, Math.min(BINS - 1, bin));
    if (isPositive) {
      positive[bin]++;
    } else {
      negative[bin]++;
    }
  }

  void merge(ScoreHistogram o) {
    for (int b = 0; b < BINS; b++) {
      positive[b] += o.positive[b];
      negative[b] += o.negative[b];
    }
  }

  /**
   * The area with its 95% interval: DeLong, DeLong and Clarke-Pearson (1988), the variance of the
   * placements of each class over its size, summed. NONE when either class is empty.
   */
  Estimate auc() {
    long n1 = 0;
    long n0 = 0;
    for (int b = 0; b < BINS; b++) {
      n1 += positive[b];
      n0 += negative[b];
    }
    if (n1 < 2 || n0 < 2) {
      return Estimate.NONE;
    }
    // Placement of a positive: negatives below + half the tied; of a negative: positives above + half the tied.
    double area = 0;
    long negativesBelow = 0;
    for (int b = 0; b < BINS; b++) {
      area += positive[b] * (negativesBelow + 0.5 * negative[b]);
      negativesBelow += negative[b];
    }
    area /= (double) n1 * n0;
    double s10 = 0;
    double s01 = 0;
    negativesBelow = 0;
    long positivesAbove = n1;
    for (int b = 0; b < BINS; b++) {
      positivesAbove -= positive[b];
      double v10 = (negativesBelow + 0.5 * negative[b]) / n0;
      double v01 = (positivesAbove + 0.5 * positive[b]) / n1;
      s10 += positive[b] * (v10 - area) * (v10 - area);
      s01 += negative[b] * (v01 - area) * (v01 - area);
      negativesBelow += negative[b];
    }
    s10 /= n1 - 1;
    s01 /= n0 - 1;
    double half = Wilson.Z95 * Math.sqrt(s10 / n1 + s01 / n0);
    return new Estimate(area, Math.max(0, area - half), Math.min(1, area + half));
  }
}
