package io.hcsim.core.signal;

/**
 * The committee's belief during one loop, as reusable scratch space: a simulated loop refills it
 * instead of allocating. {@link #snapshot()} turns it into an immutable {@link Signal}.
 */
public final class Belief {
  final double[] means;
  final double[] sds;
  /** Scratch for the signal: each competency's weight per rating in the overall estimate. */
  final double[] perRating;
  double overallMean;
  double overallSd;
  double widestSd;
  /** Of the last evaluation: 1 + c sum(1/a) and the rank-one correction of the means (see SignalModel). */
  double denom;
  double meanShift;

  public Belief(int competencies) {
    this.means = new double[competencies];
    this.sds = new double[competencies];
    this.perRating = new double[competencies];
  }

  public double mean(int competency) {
    return means[competency];
  }

  public double sd(int competency) {
    return sds[competency];
  }

  public double overallMean() {
    return overallMean;
  }

  public double overallSd() {
    return overallSd;
  }

  /** The largest posterior SD among the competencies with a positive role weight. */
  public double widestSd() {
    return widestSd;
  }


  public Signal snapshot() {
    com.google.common.collect.ImmutableList.Builder<Double> m = com.google.common.collect.ImmutableList.builder();
    com.google.common.collect.ImmutableList.Builder<Double> s = com.google.common.collect.ImmutableList.builder();
    for (int i = 0; i < means.length; i++) {
      m.add(means[i]);
      s.add(sds[i]);
    }
    return new Signal(m.build(), s.build(), overallMean, overallSd);
  }
}
