package io.hcsim.simulation.random;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.pool.CompetencyStructure;
import io.hcsim.simulation.Fixtures;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The normals a drawn candidate is built from have the pool's structure: each competency's has
 * variance 1 and two competencies' correlate as the structure says (within the same cluster more
 * than across, a cluster without a share only through the general factor).
 */
class StructuredNormalsTest {
  private static final int N = 200_000;

  @Test
  void competenciesCorrelateAsThePoolsStructureSays() {
    CompetencyStructure structure = Fixtures.CATALOGUE.pool().structure();
    int k = structure.competencies();
    StructuredNormals normals = new StructuredNormals(structure, DrawSite.CANDIDATE, Fixtures.CATALOGUE.competencies().ids());
    double[][] z = new double[k][N];
    double[] one = new double[k];
    double[] scratch = new double[normals.draws()];
    Draws draws = new Draws(20261203);
    for (int run = 0; run < N; run++) {
      normals.fill(draws.runKey(run), one, scratch);
      for (int c = 0; c < k; c++) {
        z[c][run] = one[c];
      }
    }
    // A correlation's sampling SD is at most 1 / sqrt(N); five of them allow for the 55 pairs.
    Offset<Double> limit = Offset.offset(5 / Math.sqrt(N));
    PearsonsCorrelation r = new PearsonsCorrelation();
    for (int a = 0; a < k; a++) {
      double mean = java.util.Arrays.stream(z[a]).average().orElseThrow();
      double variance = java.util.Arrays.stream(z[a]).map(v -> (v - mean) * (v - mean)).sum() / (N - 1);
      assertThat(mean).as("mean of %s", a).isCloseTo(0, limit);
      assertThat(variance).as("variance of %s", a).isCloseTo(1, Offset.offset(0.015));
      for (int b = a + 1; b < k; b++) {
        assertThat(r.correlation(z[a], z[b])).as("%s with %s", a, b).isCloseTo(structure.correlation(a, b), limit);
      }
    }
  }
}
