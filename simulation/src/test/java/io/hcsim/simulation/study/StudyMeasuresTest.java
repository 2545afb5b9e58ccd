package io.hcsim.simulation.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The study's accumulators against answers worked out by hand or by a direct computation. */
class StudyMeasuresTest {
  @Test
  void theAucOfSeparatedTiedAndInterleavedScores() {
    ScoreHistogram separated = new ScoreHistogram(0, 1);
    for (int i = 0; i < 10; i++) {
      separated.add(0.1, false);
      separated.add(0.9, true);
    }
    assertThat(separated.auc().value()).isEqualTo(1.0);
    ScoreHistogram tied = new ScoreHistogram(0, 1);
    for (int i = 0; i < 10; i++) {
      tied.add(0.5, false);
      tied.add(0.5, true);
    }
    assertThat(tied.auc().value()).isEqualTo(0.5);
    // Positives at 0.2, 0.6, 0.8; negatives at 0.1, 0.4, 0.6: of the 9 pairs 6 ordered, 1 tied, 2 reversed.
    ScoreHistogram small = new ScoreHistogram(0, 1);
    for (double s : new double[] {0.2, 0.6, 0.8}) {
      small.add(s, true);
    }
    for (double s : new double[] {0.1, 0.4, 0.6}) {
      small.add(s, false);
    }
    assertThat(small.auc().value()).isCloseTo(6.5 / 9, within(1e-12));
    assertThat(new ScoreHistogram(0, 1).auc()).isEqualTo(Estimate.NONE);
  }

  @Test
  void theDeLongIntervalMatchesItsPlacementsComputedPairByPair() {
    SplittableRandom random = new SplittableRandom(3);
    int n1 = 300;
    int n0 = 500;
    double[] pos = new double[n1];
    double[] neg = new double[n0];
    ScoreHistogram h = new ScoreHistogram(0, 1);
    for (int i = 0; i < n1; i++) {
      pos[i] = Math.floor(random.nextDouble(0.2, 1) * 40) / 40 + 1e-9; // ties on purpose, inside their bins
      h.add(pos[i], true);
    }
    for (int j = 0; j < n0; j++) {
      neg[j] = Math.floor(random.nextDouble(0, 0.8) * 40) / 40 + 1e-9;
      h.add(neg[j], false);
    }
    double[] v10 = new double[n1];
    double[] v01 = new double[n0];
    for (int i = 0; i < n1; i++) {
      for (int j = 0; j < n0; j++) {
        double psi = pos[i] > neg[j] ? 1 : pos[i] == neg[j] ? 0.5 : 0;
        v10[i] += psi / n0;
        v01[j] += psi / n1;
      }
    }
    double auc = java.util.Arrays.stream(v10).average().orElseThrow();
    double s10 = java.util.Arrays.stream(v10).map(v -> (v - auc) * (v - auc)).sum() / (n1 - 1);
    double s01 = java.util.Arrays.stream(v01).map(v -> (v - auc) * (v - auc)).sum() / (n0 - 1);
    double half = io.hcsim.simulation.estimate.Wilson.Z95 * Math.sqrt(s10 / n1 + s01 / n0);
    Estimate e = h.auc();
    assertThat(e.value()).isCloseTo(auc, within(1e-12));
    assertThat(e.low()).isCloseTo(auc - half, within(1e-12));
    assertThat(e.high()).isCloseTo(auc + half, within(1e-12));
  }

  @Test
  void aCorrelationIsExactWhateverTheOrderOfMergingAndItsIntervalIsFishers() {
    SplittableRandom random = new SplittableRandom(7);
    CorrelationSums all = new CorrelationSums();
    CorrelationSums[] parts = {new CorrelationSums(), new CorrelationSums(), new CorrelationSums()};
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    int n = 3000;
    for (int i = 0; i < n; i++) {
      double x = random.nextDouble(-2, 2);
      double y = 0.6 * x + random.nextDouble(-1, 1);
      all.add(x, y);
      parts[i % 3].add(x, y);
      sx += x;
      sy += y;
      sxx += x * x;
      syy += y * y;
      sxy += x * y;
    }
    double r = (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
    CorrelationSums forward = new CorrelationSums();
    CorrelationSums backward = new CorrelationSums();
    for (int i = 0; i < 3; i++) {
      forward.merge(parts[i]);
      backward.merge(parts[2 - i]);
    }
    assertThat(forward.correlation()).isEqualTo(backward.correlation()).isEqualTo(all.correlation());
    Estimate e = all.correlation();
    assertThat(e.value()).isCloseTo(r, within(1e-6));
    double z = 0.5 * Math.log((1 + r) / (1 - r));
    assertThat(e.high()).isCloseTo(Math.tanh(z + 1.959963984540054 / Math.sqrt(n - 3)), within(1e-6));
    assertThat(e.low()).isLessThan(r);
  }

  @Test
  void pooledRatingPairsGiveTheDoubleEntryCorrelationAndTheWithinLoopSd() {
    // Three loops; one competency rated (1, 2, 2), (3, 3) and (4, 3, 4): every ordered pair within a loop.
    int[][] loops = {{1, 2, 2}, {3, 3}, {4, 3, 4}};
    RatingSpread spread = new RatingSpread(3);
    double n = 0;
    double sx = 0;
    double sxx = 0;
    double sxy = 0;
    double within = 0;
    int df = 0;
    for (int[] ratings : loops) {
      int s = 0;
      int q = 0;
      for (int x : ratings) {
        s += x;
        q += x * x;
      }
      spread.add(ratings.length, s, q);
      double mean = (double) s / ratings.length;
      for (int i = 0; i < ratings.length; i++) {
        within += (ratings[i] - mean) * (ratings[i] - mean);
        for (int j = 0; j < ratings.length; j++) {
          if (i != j) {
            n++;
            sx += ratings[i];
            sxx += ratings[i] * ratings[i];
            sxy += ratings[i] * ratings[j];
          }
        }
      }
      df += ratings.length - 1;
    }
    spread.add(1, 3, 9); // a competency rated once pairs with nothing
    double r = (n * sxy - sx * sx) / (n * sxx - sx * sx);
    // Under four groups there is no interval to give; the value itself is checked through a fourth group.
    assertThat(spread.reliability()).isEqualTo(Estimate.NONE);
    assertThat(spread.withinSd().value()).isCloseTo(Math.sqrt(within / df), within(1e-12));
    spread.add(2, 4, 8); // (2, 2)
    n += 2;
    sx += 4;
    sxx += 8;
    sxy += 8;
    assertThat(spread.reliability().value()).isCloseTo((n * sxy - sx * sx) / (n * sxx - sx * sx), within(1e-12));
    assertThat(r).isGreaterThan(0.5);
  }
}
