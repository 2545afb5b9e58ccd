package io.hcsim.simulation.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.rating.Rating;
import org.junit.jupiter.api.Test;

/** The order of the stop rules, which the simulated loop and the scorecard replay share. */
class StopTest {
  @Test
  void aVetoComesFirstThenAMustHaveThenTheGateThenASecondStrongNo() {
    assertThat(Stop.afterRound(true, true, 1, 3, false, 2)).isEqualTo(Stop.VETO);
    assertThat(Stop.afterRound(false, true, 1, 3, false, 2)).isEqualTo(Stop.MUST_HAVE);
    assertThat(Stop.afterRound(false, false, 1, 3, false, 2)).isEqualTo(Stop.GATE);
    assertThat(Stop.afterRound(false, false, 1, 0, false, 2)).isEqualTo(Stop.TWO_STRONG_NO);
    assertThat(Stop.afterRound(false, false, 1, 0, false, 1)).isEqualTo(Stop.NONE);
    assertThat(Stop.afterRound(false, false, 2, 0, false, 2)).as("the second Strong No must be this round's").isEqualTo(Stop.NONE);
  }

  @Test
  void payIsBlamedOnlyWhenItsStepAlonePutTheRecommendationUnderTheGate() {
    assertThat(Stop.afterRound(false, false, 2, 3, true, 0)).isEqualTo(Stop.PAY);
    assertThat(Stop.afterRound(false, false, 1, 3, true, 1)).as("two steps under: not pay alone").isEqualTo(Stop.GATE);
    assertThat(Stop.PAY.afterReading(false)).as("the signal would have ended it anyway").isEqualTo(Stop.GATE);
    assertThat(Stop.PAY.afterReading(true)).isEqualTo(Stop.PAY);
  }

  @Test
  void theOwnersReadingEndsOnlyALoopThatWouldHaveGoneOn() {
    assertThat(Stop.NONE.afterReading(false)).isEqualTo(Stop.SIGNAL);
    assertThat(Stop.NONE.afterReading(true)).isEqualTo(Stop.NONE);
    assertThat(Stop.GATE.afterReading(false)).isEqualTo(Stop.GATE);
    assertThat(Stop.VETO.readsSignal()).isFalse();
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
