package io.hcsim.simulation.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.rating.Rating;
import org.junit.jupiter.api.Test;

/** The order of the stop rules, which {@link RoundRules} works out for the simulated loop and the scorecard replay. */
class StopTest {
  @Test
  void aVetoComesFirstThenAMustHaveThenAFailThenPayThenASecondStrongNo() {
    assertThat(Stop.afterRound(true, true, true, true, true)).isEqualTo(Stop.VETO);
    assertThat(Stop.afterRound(false, true, true, true, true)).isEqualTo(Stop.MUST_HAVE);
    assertThat(Stop.afterRound(false, false, true, true, true)).isEqualTo(Stop.GATE);
    assertThat(Stop.afterRound(false, false, false, true, true)).isEqualTo(Stop.PAY);
    assertThat(Stop.afterRound(false, false, false, false, true)).isEqualTo(Stop.TWO_STRONG_NO);
    assertThat(Stop.afterRound(false, false, false, false, false)).isEqualTo(Stop.NONE);
  }

  @Test
  void theOwnersReadingEndsOnlyALoopThatWouldHaveGoneOnAndAnOverrideLiftsOnlyAFail() {
    assertThat(Stop.NONE.afterReading(false)).isEqualTo(Stop.SIGNAL);
    assertThat(Stop.NONE.afterReading(true)).isEqualTo(Stop.NONE);
    assertThat(Stop.GATE.afterReading(false)).isEqualTo(Stop.GATE);
    assertThat(Stop.PAY.afterReading(false)).as("the signal would have ended it anyway").isEqualTo(Stop.SIGNAL);
    assertThat(Stop.PAY.afterReading(true)).isEqualTo(Stop.PAY);
    assertThat(Stop.GATE.overridden(true)).isEqualTo(Stop.NONE);
    assertThat(Stop.GATE.overridden(false)).isEqualTo(Stop.GATE);
    assertThat(Stop.VETO.overridden(true)).isEqualTo(Stop.VETO);
    assertThat(Stop.MUST_HAVE.overridden(true)).isEqualTo(Stop.MUST_HAVE);
  }

  @Test
  void theRecommendationIsTheNearestPointOfTheScale() {
    assertThat(Rating.nearestScore(1.49)).isEqualTo(1);
    assertThat(Rating.nearestScore(1.5)).isEqualTo(2);
    assertThat(Rating.nearestScore(2.5)).isEqualTo(3);
    assertThat(Rating.nearestScore(3.49)).isEqualTo(3);
    assertThat(Rating.nearestScore(3.5)).isEqualTo(4);
  }
}
