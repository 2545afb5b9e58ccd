package io.hcsim.simulation.study;

/**
 * How two interviewers of one loop agree on the same competency, from the ratings of each loop:
 * the correlation of every pair of ratings of one competency in one loop (each pair both ways,
 * so the order of the interviews does not matter) and the pooled within-loop SD. Integer sums
 * throughout: the same for any split of the candidates over threads.
 */
final class RatingSpread {
  /** Ordered pairs, and their sums: x and y run over the same ratings, so sum x = sum y. */
  private long pairs;
  private long sum;
  private long sumSquares;
  private long sumProducts;
  /** (loop, competency) groups with two ratings or more. */
  private long groups;
  /** Per group size m: the sum of m * sum(x^2) - (sum x)^2, m times the within-group sum of squares. */
  private final long[] withinByCount;
  private long degreesOfFreedom;

  RatingSpread(int maxRatings) {
    this.withinByCount = new long[maxRatings + 1];
  }

  /** One competency's ratings in one loop: {@code m} ratings summing to {@code s}, their squares to {@code q}. */
  void add(int m, int s, int q) {
    if (m < 2) {
      return;
    }
    groups++;
    pairs += (long) m * (m - 1);
    sum += (long) (m - 1) * s;
    sumSquares += (long) (m - 1) * q;
    sumProducts += (long) s * s - q;
    withinByCount[m] += (long) m * q - (long) s * s;
    degreesOfFreedom += m - 1;
  }

  void merge(RatingSpread o) {
    pairs += o.pairs;
    sum += o.sum;
    sumSquares += o.sumSquares;
    sumProducts += o.sumProducts;
    groups += o.groups;
    degreesOfFreedom += o.degreesOfFreedom;
    for (int m = 0; m < withinByCount.length; m++) {
      withinByCount[m] += o.withinByCount[m];
    }
  }

  /** The pooled pair correlation, its interval by Fisher's z on the number of groups. */
  Estimate reliability() {
    if (groups < 4) {
      return Estimate.NONE;
    }
    double n = pairs;
    double variance = n * sumSquares - (double) sum * sum;
    if (variance <= 0) {
      return Estimate.NONE;
    }
    double r = (n * sumProducts - (double) sum * sum) / variance;
    return CorrelationSums.fisher(Math.max(-1, Math.min(1, r)), groups);
  }

  /** The pooled within-loop SD with the chi-square interval's normal approximation, SD (1 +- z / sqrt(2 df)). */
  Estimate withinSd() {
    if (degreesOfFreedom < 2) {
      return Estimate.NONE;
    }
    double squares = 0;
    for (int m = 2; m < withinByCount.length; m++) {
      squares += (double) withinByCount[m] / m;
    }
    double sd = Math.sqrt(squares / degreesOfFreedom);
    double half = io.hcsim.simulation.estimate.Wilson.Z95 / Math.sqrt(2.0 * degreesOfFreedom);
    return new Estimate(sd, sd * (1 - half), sd * (1 + half));
  }
}
