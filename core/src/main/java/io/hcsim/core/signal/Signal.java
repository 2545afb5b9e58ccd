package io.hcsim.core.signal;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.normal.NormalCdf;

/**
 * The committee's belief at one moment: posterior mean and SD of each competency (catalogue
 * order), and of the overall proficiency, from which P(overall >= bar) follows.
 */
public record Signal(ImmutableList<Double> means, ImmutableList<Double> sds, double overallMean, double overallSd) {

  /** P(overall proficiency >= bar) under the normal approximation of the overall. */
  public double probabilityAtLeast(double bar) {
    return NormalCdf.phi((overallMean - bar) / overallSd);
  }

  public double mean(int competency) {
    return means.get(competency);
  }

  public double sd(int competency) {
    return sds.get(competency);
  }
}
