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
  /** Scratch for an untabulated evaluation: each competency's terms (see SignalModel). */
  final double[] rows;
  /**
   * Of the last evaluation, per cluster (a cluster has at least one competency, so there are at
   * most as many as competencies): 1 / M_jj, M_0j / M_jj, the cluster factor's shifted mean over
   * M_jj and the overall's cluster loading over M_jj (see SignalModel).
   */
  final double[] clusterInv;
  final double[] clusterB0;
  final double[] clusterR;
  final double[] clusterQ;
  /** Of the last evaluation: the Schur complement of the general factor, its mean, (M^-1 q)_0, the overall's variance. */
  double schur;
  double generalMean;
  double generalQ;
  double overallVar;
  double overallMean;
  double overallSd;
  double widestSd;

  public Belief(int competencies) {
    this.means = new double[competencies];
    this.sds = new double[competencies];
    this.perRating = new double[competencies];
    this.rows = new double[competencies * SignalModel.TERMS];
    this.clusterInv = new double[competencies];
    this.clusterB0 = new double[competencies];
    this.clusterR = new double[competencies];
    this.clusterQ = new double[competencies];
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
