package io.hcsim.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.assertj.core.data.Offset;

class NormalCdfTest {
  private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);

  @Property(tries = 2000)
  void agreesWithCommonsMath(@ForAll @DoubleRange(min = -40, max = 40) double x) {
    assertThat(NormalCdf.phi(x)).isCloseTo(STANDARD.cumulativeProbability(x), Offset.offset(1e-14));
  }

  @Property(tries = 500)
  void isSymmetric(@ForAll @DoubleRange(min = -10, max = 10) double x) {
    assertThat(NormalCdf.phi(x) + NormalCdf.phi(-x)).isCloseTo(1.0, Offset.offset(1e-15));
  }
}
