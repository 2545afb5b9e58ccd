package io.hcsim.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shortcut answers exactly as the CDF does, near its root, far from it, and for NaN. */
class CdfThresholdTest {
  @ParameterizedTest
  @ValueSource(doubles = {0.0, 1e-6, 1e-4, 0.05, 0.3, 0.5, 0.7, 0.9, 0.9999, 1.0})
  void agreesWithTheCdfEverywhere(double p) {
    CdfThreshold rule = CdfThreshold.of(p);
    SplittableRandom random = new SplittableRandom(3);
    double root = rule.surelyBelow() > -1e300 ? 0.5 * (rule.surelyBelow() + rule.surelyAbove()) : 0;
    List<Double> wrong = new ArrayList<>(); // compared plainly: an assertion a draw costs more than the draw
    for (int i = 0; i < 200_000; i++) {
      double z = switch (i % 4) {
        case 0 -> random.nextDouble(-40, 40);
        case 1 -> root + random.nextDouble(-1e-6, 1e-6);
        case 2 -> root + random.nextDouble(-1e-12, 1e-12);
        default -> Math.nextUp(root) + (i % 64 - 32) * Math.ulp(root);
      };
      if (rule.reached(z) != NormalCdf.phi(z) >= p) {
        wrong.add(z);
      }
    }
    assertThat(wrong).as("p %s: the z where the shortcut and the CDF disagree", p).isEmpty();
    assertThat(rule.reached(Double.NaN)).isEqualTo(NormalCdf.phi(Double.NaN) >= p);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 1e-6, 0.05, 0.3, 0.5, 0.7, 0.9, 1.0})
  void answersBySignOnlyWhenEverySdUpToTheBoundAgrees(double p) {
    CdfThreshold rule = CdfThreshold.of(p);
    SplittableRandom random = new SplittableRandom(5);
    double bound = 1.7;
    int decided = 0;
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      double d = i % 2 == 0 ? random.nextDouble(-5, 5) : random.nextDouble(-1e-5, 1e-5);
      int quick = rule.bySign(d, bound);
      if (quick == 0) {
        continue;
      }
      decided++;
      for (double sd : new double[] {bound, Math.nextDown(bound), bound * random.nextDouble(), Double.MIN_NORMAL, 1e-300}) {
        if (quick > 0 != NormalCdf.phi(d / sd) >= p) {
          wrong.add("d " + d + " sd " + sd);
        }
      }
    }
    assertThat(wrong).as("p %s: where the sign answered otherwise than the CDF", p).isEmpty();
    if (p >= 1e-4 && p <= 1 - 1e-4) {
      // The sign settles nearly half the draws (those of the wide range), none of which can fall
      // within the margin.
      assertThat(decided).isGreaterThan(90_000);
    } else {
      // In the tails the CDF is too flat for the shortcut: it always leaves the answer to phi.
      assertThat(decided).isZero();
    }
    assertThat(rule.bySign(Double.NaN, bound)).isZero();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.05, 0.5, 0.9})
  void skipsTheCdfAwayFromTheRoot(double p) {
    CdfThreshold rule = CdfThreshold.of(p);
    assertThat(rule.surelyAbove() - rule.surelyBelow()).isLessThan(1e-6);
  }
}
