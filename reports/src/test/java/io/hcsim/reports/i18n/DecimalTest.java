package io.hcsim.reports.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Numbers as reports print them (issue 16, item 27): no negative zero, shares that add up. */
class DecimalTest {
  @Test
  void aNegativeZeroPrintsAsZero() {
    assertThat(Decimal.format("%.2f", -0.0)).isEqualTo("0.00");
    assertThat(Decimal.format("%.2f", -0.004)).isEqualTo("0.00");
    assertThat(Decimal.format("%.1f", -0.04)).isEqualTo("0.0");
    assertThat(Decimal.format("%+.1f", -0.0)).isEqualTo("+0.0");
    assertThat(Decimal.format("%.1f%%", -0.01)).isEqualTo("0.0%");
    assertThat(Decimal.format("%.2f", -0.005)).isEqualTo("-0.01");
    assertThat(Decimal.format("%+.1f", -10.0)).isEqualTo("-10.0");
    assertThat(Decimal.points(-0.0001)).isEqualTo("0.0");
    assertThat(Decimal.points(-0.012)).isEqualTo("-1.2");
  }

  @Test
  void sharesRoundedOneByOneCanPassAHundredButNotByLargestRemainder() {
    // 33.35% + 33.35% + 33.30%: each rounded on its own gives 33.4 + 33.4 + 33.3 = 100.1.
    assertThat(Decimal.percents(0.3335, 0.3335, 0.3330)).containsExactly("33.4%", "33.3%", "33.3%");
    assertThat(Decimal.percents(0.051, 0.949, 0.0)).containsExactly("5.1%", "94.9%", "0.0%");
    assertThat(Decimal.percents(0.00002, 0.99998, 0.0)).containsExactly("<0.1%", "100.0%", "0.0%");
  }

  /** Counts of runs split three ways always print as shares adding to exactly 100.0%, each within 0.1 of its own value. */
  @Test
  void countsOfOneWholeAlwaysAddToAHundred() {
    qt().forAll(integers().between(1, 100_000), integers().between(0, Integer.MAX_VALUE - 1)).checkAssert((runs, seed) -> {
      Random r = new Random(seed);
      int a = r.nextInt(runs + 1);
      int b = r.nextInt(runs - a + 1);
      int c = runs - a - b;
      double[] shares = {a / (double) runs, b / (double) runs, c / (double) runs};
      List<String> printed = Decimal.percents(shares);
      double sum = 0;
      for (int i = 0; i < 3; i++) {
        String p = printed.get(i);
        double v = p.equals("<0.1%") ? 0 : Double.parseDouble(p.replace("%", ""));
        sum += p.equals("<0.1%") ? 0 : v;
        assertThat(Math.abs(v - 100 * shares[i])).as("%s against %s", p, shares[i]).isLessThan(0.1 + 1e-9);
      }
      if (printed.stream().noneMatch("<0.1%"::equals)) {
        assertThat(sum).as("%s", printed).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
      }
    });
  }
}
