package io.hcsim.core.committee;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.catalogue.CatalogueLoader;
import io.hcsim.core.level.Levels;
import io.hcsim.core.loop.CommitteePolicy;
import io.hcsim.core.loop.DecisionRule;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.signal.NormalCdf;
import org.junit.jupiter.api.Test;

/** Each rule on hand-built evidence with a known answer. */
class CommitteeTest {
  private static final Levels LEVELS = CatalogueLoader.bundled().levels();
  private static final int P6 = 0;
  private static final int P7 = 1;
  private static final int P8 = 2;

  private static Committee committee(DecisionRule rule) {
    return new Committee(new CommitteePolicy(rule, 0.7, 0.1, 0.4, 1, 1, 0.1, 0.1, 0.5), LEVELS,
        LEVELS.byId("P7").orElseThrow());
  }

  private static Tally tally(Rating... ratings) {
    Tally t = new Tally();
    for (Rating r : ratings) {
      t.add(r);
    }
    return t;
  }

  /** The overall mean at which P(overall >= bar) equals p, for a given SD. */
  private static double meanFor(double bar, double p, double sd) {
    return bar + sd * new org.apache.commons.math3.distribution.NormalDistribution().inverseCumulativeProbability(p);
  }

  @Test
  void posteriorHiresAtTheHighestLevelItIsConfidentOf() {
    Committee c = committee(DecisionRule.POSTERIOR);
    double sd = 0.2;
    assertThat(c.decide(meanFor(4.0, 0.71, sd), sd, 0.1, true, tally())).isEqualTo(P8);
    assertThat(c.decide(meanFor(4.0, 0.69, sd), sd, 0.1, true, tally())).isEqualTo(P7);
    assertThat(c.decide(meanFor(3.5, 0.69, sd), sd, 0.1, true, tally())).isEqualTo(P6);
    assertThat(c.decision(meanFor(3.5, 0.69, sd), sd, 0.1, true, tally()).level().orElseThrow().id()).isEqualTo("P6");
  }

  @Test
  void posteriorHoldsWhenCloseAndStillUncertainAndOtherwiseSaysNo() {
    Committee c = committee(DecisionRule.POSTERIOR);
    double sd = 0.2;
    double close = meanFor(3.0, 0.65, sd);
    assertThat(c.decide(close, sd, 0.45, true, tally())).isEqualTo(Committee.HOLD);
    assertThat(c.decide(close, sd, 0.35, true, tally())).as("close but every competency well known").isEqualTo(Committee.NO_HIRE);
    assertThat(c.decide(meanFor(3.0, 0.55, sd), sd, 0.45, true, tally())).as("not close").isEqualTo(Committee.NO_HIRE);
  }

  @Test
  void thePoolAloneNeverEarnsAnOffer() {
    Committee c = committee(DecisionRule.POSTERIOR);
    assertThat(c.decide(meanFor(4.0, 0.99, 0.2), 0.2, 0.1, false, tally())).isEqualTo(Committee.HOLD);
    assertThat(c.decide(meanFor(3.0, 0.2, 0.2), 0.2, 0.1, false, tally())).isEqualTo(Committee.NO_HIRE);
  }

  @Test
  void noDownLevelWhenTheLoopAllowsNone() {
    Committee c = new Committee(new CommitteePolicy(DecisionRule.POSTERIOR, 0.7, 0.1, 0.4, 0, 0, 0.1, 0.1, 0.5), LEVELS,
        LEVELS.byId("P7").orElseThrow());
    assertThat(c.decide(meanFor(3.5, 0.69, 0.2), 0.2, 0.1, true, tally())).isEqualTo(Committee.NO_HIRE);
    assertThat(c.decide(meanFor(4.0, 0.99, 0.2), 0.2, 0.1, true, tally())).isEqualTo(P7);
  }

  @Test
  void majorityNeedsMoreThanHalfLeanHireOrBetter() {
    Committee c = committee(DecisionRule.MAJORITY);
    double mean = 3.6;
    assertThat(c.decide(mean, 0.2, 0.1, true, tally(Rating.LEAN_HIRE, Rating.LEAN_HIRE, Rating.STRONG_NO))).isGreaterThanOrEqualTo(0);
    assertThat(c.decide(mean, 0.2, 0.1, true, tally(Rating.LEAN_HIRE, Rating.LEAN_NO))).isEqualTo(Committee.NO_HIRE);
    assertThat(c.decide(mean, 0.2, 0.1, true, tally())).isEqualTo(Committee.NO_HIRE);
  }

  @Test
  void voteBasedRulesPlaceTheLevelByTheBelief() {
    Committee c = committee(DecisionRule.MAJORITY);
    Tally yes = tally(Rating.STRONG_HIRE, Rating.LEAN_HIRE);
    assertThat(c.decide(3.6, 0.2, 0.1, true, yes)).isEqualTo(P7);
    assertThat(c.decide(4.1, 0.2, 0.1, true, yes)).isEqualTo(P8);
    assertThat(c.decide(3.2, 0.2, 0.1, true, yes)).isEqualTo(P6);
    assertThat(c.decide(2.5, 0.2, 0.1, true, yes)).as("clears no bar: lowest level of the window").isEqualTo(P6);
  }

  @Test
  void consensusNeedsAnEnthusiastAndNoStrongNo() {
    Committee c = committee(DecisionRule.CONSENSUS);
    assertThat(c.decide(3.6, 0.2, 0.1, true, tally(Rating.STRONG_HIRE, Rating.LEAN_HIRE, Rating.LEAN_HIRE))).isEqualTo(P7);
    assertThat(c.decide(3.6, 0.2, 0.1, true, tally(Rating.LEAN_HIRE, Rating.LEAN_HIRE, Rating.LEAN_HIRE)))
        .as("no enthusiastic endorser").isEqualTo(Committee.NO_HIRE);
    assertThat(c.decide(3.6, 0.2, 0.1, true, tally(Rating.STRONG_HIRE, Rating.STRONG_HIRE, Rating.LEAN_HIRE, Rating.STRONG_NO)))
        .as("a Strong No").isEqualTo(Committee.NO_HIRE);
  }

  @Test
  void theOfferSitsInTheBandBySignalAndRisesWithCompetingOffers() {
    Committee c = committee(DecisionRule.POSTERIOR);
    // P7 band 700k-1,000k; bars 3.5 and 4.0: a mean of 3.75 is half way up.
    assertThat(c.offer(P7, 3.75, 0)).isEqualTo(850_000);
    assertThat(c.offer(P7, 3.75, 2)).isEqualTo(910_000);
    assertThat(c.offer(P7, 3.2, 0)).as("below the bar: bottom of the band").isEqualTo(700_000);
    assertThat(c.offer(P7, 4.6, 3)).as("capped at the top").isEqualTo(1_000_000);
    assertThat(c.offer(P8, 4.25, 0)).as("P8: next bar assumed one step up").isEqualTo(1_300_000);
  }

  @Test
  void probabilityUsedIsTheNormalTail() {
    assertThat(NormalCdf.phi((meanFor(3.5, 0.7, 0.3) - 3.5) / 0.3)).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
  }
}
