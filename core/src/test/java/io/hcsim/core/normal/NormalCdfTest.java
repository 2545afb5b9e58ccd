package io.hcsim.core.normal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class NormalCdfTest {
  private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);

  @Test
  void agreesWithCommonsMath() {
    qt().withExamples(2000).forAll(doubles().between(-40, 40)).checkAssert(x ->
        assertThat(NormalCdf.phi(x)).isCloseTo(STANDARD.cumulativeProbability(x), Offset.offset(1e-14)));
  }

  @Test
  void isSymmetric() {
    qt().withExamples(500).forAll(doubles().between(-10, 10)).checkAssert(x ->
        assertThat(NormalCdf.phi(x) + NormalCdf.phi(-x)).isCloseTo(1.0, Offset.offset(1e-15)));
  }
}
