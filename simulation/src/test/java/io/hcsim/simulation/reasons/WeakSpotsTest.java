package io.hcsim.simulation.reasons;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.hcsim.simulation.reasons.WeakSpots.Spot;
import org.junit.jupiter.api.Test;

/** Which competencies a coach would call real weak spots, from citation shares as simulate measures them. */
class WeakSpotsTest {
  @Test
  void aRarelyCitedCompetencyCitedTwiceAsOftenIsARealWeakSpotAndLeads() {
    // The veteran's shares on the default loop: communication is his lowest competency.
    WeakSpots veteran = new WeakSpots(ImmutableList.of(
        new Spot("product_sense", 0.626, 0.551), new Spot("execution", 0.120, 0.069),
        new Spot("communication", 0.081, 0.036), new Spot("stakeholder_leadership", 0.236, 0.214),
        new Spot("values", 0.006, 0.0035), new Spot("domain_judgment", 0.314, 0.489)));
    assertThat(veteran.real()).extracting(Spot::competency).containsExactly("communication", "execution", "product_sense");
  }

  @Test
  void aCompetencyAlmostEveryLoopCitesCountsByPoints() {
    // The consumer PM's: domain judgment is cited for nearly anyone, but 20 points more for him.
    WeakSpots consumer = new WeakSpots(ImmutableList.of(
        new Spot("regulatory_privacy", 0.468, 0.086), new Spot("domain_judgment", 0.792, 0.595),
        new Spot("product_sense", 0.268, 0.250)));
    assertThat(consumer.real()).extracting(Spot::competency).containsExactly("regulatory_privacy", "domain_judgment");
  }

  @Test
  void noiseAtTheBottomIsNotAWeakSpot() {
    Spot tiny = new Spot("values", 0.006, 0.0035);
    assertThat(tiny.ratio()).isGreaterThan(1.5);
    assertThat(tiny.real()).isFalse();
    assertThat(new Spot("motivation", 0.01, 0).ratio()).isInfinite();
    assertThat(new Spot("motivation", 0, 0).real()).isFalse();
  }
}
