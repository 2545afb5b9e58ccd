package io.hcsim.core.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.hcsim.core.rating.Rating;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class RatingModelTest {
  private final RatingModel model = new RatingModel(3.5, 0.1, 1.1);

  @Test
  void cutsSitAtTheBarAndOneWidthEitherSideAfterSeverity() {
    // effective cuts: bar + severity - w = 2.5, bar + severity = 3.6, bar + severity + w = 4.7
    assertThat(model.score(2.49)).isEqualTo(1);
    assertThat(model.score(2.51)).isEqualTo(2);
    assertThat(model.score(3.59)).isEqualTo(2);
    assertThat(model.score(3.61)).isEqualTo(3);
    assertThat(model.score(4.69)).isEqualTo(3);
    assertThat(model.score(4.71)).isEqualTo(4);
  }

  @Test
  void theBranchFreeCutCountsTheCutsReached() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    java.util.List<String> wrong = new java.util.ArrayList<>(); // compared plainly: cheaper than an assertion a draw
    for (int i = 0; i < 200_000; i++) {
      RatingModel m = new RatingModel(random.nextDouble(2, 5), random.nextDouble(-1, 1), random.nextDouble(0.2, 1.5));
      double cut = m.severity() + m.bar() + (i % 3 - 1) * m.cutWidth();
      // Anywhere, and at and a few ulps around each cut, where rounding would show.
      double observed = i % 2 == 0 ? random.nextDouble(-3, 9) : cut + (i % 9 - 4) * Math.ulp(cut);
      double x = observed - m.severity() - m.bar();
      int reached = (x >= -m.cutWidth() ? 1 : 0) + (x >= 0 ? 1 : 0) + (x >= m.cutWidth() ? 1 : 0);
      if (m.score(observed) != 1 + reached) {
        wrong.add(m + " at " + observed);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(model.score(3.6)).as("exactly at the middle cut").isEqualTo(3);
  }

  @Test
  void aMeanRatingMapsBackToTheMiddleOfItsBin() {
    assertThat(model.score(model.latentOf(2.0))).isEqualTo(2);
    assertThat(model.score(model.latentOf(3.0))).isEqualTo(3);
    assertThat(model.latentOf(2.5)).isCloseTo(3.6, Offset.offset(1e-12));
  }

  @Test
  void likelihoodsOfTheFourRatingsSumToOne() {
    qt().withExamples(300).forAll(doubles().between(1, 5), doubles().between(0.1, 2)).checkAssert((a, sd) -> {
      double sum = 0;
      for (Rating r : Rating.values()) {
        double l = model.likelihood(r, a, sd);
        assertThat(l).isBetween(0.0, 1.0);
        sum += l;
      }
      assertThat(sum).isCloseTo(1.0, Offset.offset(1e-12));
    });
  }

  @Test
  void aStrongerCandidateIsMoreLikelyToGetAStrongHire() {
    qt().withExamples(300).forAll(doubles().between(1, 4.9)).checkAssert(a -> {
      assertThat(model.likelihood(Rating.STRONG_HIRE, a + 0.1, 0.6)).isGreaterThan(model.likelihood(Rating.STRONG_HIRE, a, 0.6));
      assertThat(model.likelihood(Rating.STRONG_NO, a + 0.1, 0.6)).isLessThan(model.likelihood(Rating.STRONG_NO, a, 0.6));
    });
  }
}
