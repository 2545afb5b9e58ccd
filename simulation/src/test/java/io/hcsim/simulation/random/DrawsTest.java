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

  /** Two normals to a word: each half standard normal, in its tails too, and the halves unrelated. */
  @Test
  void normalsDrawnTwoToAWordAreStandardNormalAndIndependent() {
    long[] pairSites = DrawSite.INTERVIEW.pairKeys(java.util.List.of("a", "b", "c"), "test");
    Draws d = new Draws(6);
    double[][] x = new double[3][N];
    double[] drawn = new double[3];
    for (int i = 0; i < N; i++) {
      Draws.gaussians(d.runKey(i), pairSites, drawn, 3);
      for (int j = 0; j < 3; j++) {
        x[j][i] = drawn[j];
      }
    }
    double tail = 2 * (1 - new NormalDistribution().cumulativeProbability(3)) * N;
    for (double[] column : x) {
      assertThat(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(0, 1), column))
          .isGreaterThan(0.001);
      assertThat(new Kurtosis().evaluate(column)).isCloseTo(0, Offset.offset(0.05));
      long beyond3 = java.util.Arrays.stream(column).filter(v -> Math.abs(v) > 3).count();
      assertThat((double) beyond3).isCloseTo(tail, Offset.offset(5 * Math.sqrt(tail)));
    }
    double limit = 4 / Math.sqrt(N);
    PearsonsCorrelation r = new PearsonsCorrelation();
    assertThat(r.correlation(x[0], x[1])).isCloseTo(0, Offset.offset(limit));
    assertThat(r.correlation(x[1], x[2])).isCloseTo(0, Offset.offset(limit));
    // Squares too: the halves share a word, so a dependence would show in their sizes.
    double[] a2 = java.util.Arrays.stream(x[0]).map(v -> v * v).toArray();
    double[] b2 = java.util.Arrays.stream(x[1]).map(v -> v * v).toArray();
    assertThat(r.correlation(a2, b2)).isCloseTo(0, Offset.offset(limit));
    // And the same word gives the same numbers.
    double[] again = new double[3];
    Draws.gaussians(d.runKey(7), pairSites, again, 3);
    assertThat(again).containsExactly(x[0][7], x[1][7], x[2][7]);
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
