package io.hcsim.core.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.rating.Rating;
import org.junit.jupiter.api.Test;

/** A pass mark at Strong No fails nothing: reports do not call it a gate. */
class GateTest {
  @Test
  void onlyAPassMarkAboveStrongNoStops() {
    assertThat(Gate.NONE.stops()).isFalse();
    assertThat(new Gate(Rating.LEAN_NO).stops()).isTrue();
    assertThat(Gate.DEFAULT.stops()).isTrue();
  }
}
