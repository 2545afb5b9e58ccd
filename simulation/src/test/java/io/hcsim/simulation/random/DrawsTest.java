package io.hcsim.simulation.random;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class DrawsTest {
  private static final int N = 400_000;

  private static double[] gaussians(long seed, long site) {
    Draws d = new Draws(seed);
    double[] x = new double[N];
    for (int i = 0; i < N; i++) {
      x[i] = Draws.gaussian(d.runKey(i), site);
    }
    return x;
  }

  @Test
  void gaussiansAreStandardNormal() {
    double[] x = gaussians(1, Draws.site("test"));
    double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(0, 1), x);
    assertThat(p).isGreaterThan(0.001);
    double mean = java.util.Arrays.stream(x).average().orElseThrow();
    double var = java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (N - 1);
    assertThat(mean).isCloseTo(0, Offset.offset(0.01));
    assertThat(var).isCloseTo(1, Offset.offset(0.01));
    assertThat(new Skewness().evaluate(x)).isCloseTo(0, Offset.offset(0.02));
    assertThat(new Kurtosis().evaluate(x)).isCloseTo(0, Offset.offset(0.05));
  }

  @Test
  void theTailsHaveTheRightMass() {
    double[] x = gaussians(2, Draws.site("tails"));
    long beyond3 = java.util.Arrays.stream(x).filter(v -> Math.abs(v) > 3).count();
    double expected = 2 * (1 - new NormalDistribution().cumulativeProbability(3)) * N;
    assertThat((double) beyond3).isCloseTo(expected, Offset.offset(5 * Math.sqrt(expected)));
  }

  @Test
  void aDrawDependsOnlyOnItsAddress() {
    Draws d = new Draws(42);
    long site = Draws.site("round-form", "peer");
    double first = Draws.gaussian(d.runKey(12345), site);
    for (int i = 0; i < 1000; i++) {
      Draws.gaussian(d.runKey(i), Draws.site("other", String.valueOf(i)));
    }
    assertThat(Draws.gaussian(new Draws(42).runKey(12345), site)).isEqualTo(first);
    assertThat(Draws.gaussian(new Draws(43).runKey(12345), site)).isNotEqualTo(first);
  }

  @Test
  void drawsAtNeighbouringAddressesAreUncorrelated() {
    double[] a = gaussians(3, Draws.site("rater", "peer", "execution"));
    double[] b = gaussians(3, Draws.site("rater", "peer", "communication"));
    double[] c = gaussians(4, Draws.site("rater", "peer", "execution"));
    double[] lagged = new double[N - 1];
    System.arraycopy(a, 1, lagged, 0, N - 1);
    double limit = 4 / Math.sqrt(N);
    assertThat(new PearsonsCorrelation().correlation(a, b)).isCloseTo(0, Offset.offset(limit));
    assertThat(new PearsonsCorrelation().correlation(a, c)).isCloseTo(0, Offset.offset(limit));
    assertThat(new PearsonsCorrelation().correlation(java.util.Arrays.copyOf(a, N - 1), lagged))
        .isCloseTo(0, Offset.offset(limit));
  }

  @Test
  void uniformsAreInTheOpenUnitInterval() {
    Draws d = new Draws(5);
    double sum = 0;
    for (int i = 0; i < N; i++) {
      double u = Draws.uniform(d.runKey(i), 99);
      assertThat(u).isGreaterThan(0).isLessThan(1);
      sum += u;
    }
    assertThat(sum / N).isCloseTo(0.5, Offset.offset(0.003));
  }
}
