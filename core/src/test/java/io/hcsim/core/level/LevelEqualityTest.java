package io.hcsim.core.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Level and Band write out a record's equals and hashCode; they must behave as the generated ones. */
class LevelEqualityTest {
  private static final Band BAND = new Band(700_000, 1_000_000, false);
  private static final Level P7 = new Level("P7", 7, 3.5, BAND);

  @Test
  void equalComponentsMakeEqualLevelsWithEqualHashes() {
    Level same = new Level(new String("P7"), 7, 3.5, new Band(700_000, 1_000_000, false));
    assertThat(same).isEqualTo(P7).hasSameHashCodeAs(P7);
    assertThat(List.of(new Level("P6", 6, 3.0, BAND), same).indexOf(P7)).isEqualTo(1);
  }

  @Test
  void anyDifferentComponentMakesADifferentLevel() {
    assertThat(List.of(
        new Level("P8", 7, 3.5, BAND),
        new Level("P7", 8, 3.5, BAND),
        new Level("P7", 7, 3.6, BAND),
        new Level("P7", 7, 3.5, new Band(700_001, 1_000_000, false)),
        new Level("P7", 7, 3.5, new Band(700_000, 1_000_001, false)),
        new Level("P7", 7, 3.5, new Band(700_000, 1_000_000, true))))
        .allSatisfy(other -> assertThat(other).isNotEqualTo(P7));
    assertThat(P7).isNotEqualTo(null).isNotEqualTo("P7");
  }

  @Test
  void barsCompareAsRecordsCompareDoubles() {
    Band b = new Band(0, 0, false);
    assertThat(new Level("x", 1, Double.NaN, b)).isEqualTo(new Level("x", 1, Double.NaN, b));
    assertThat(new Level("x", 1, 0.0, b)).isNotEqualTo(new Level("x", 1, -0.0, b));
  }
}
