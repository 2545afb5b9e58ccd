package io.hcsim.core.committee;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.catalogue.CatalogueLoader;
import io.hcsim.core.committee.CommitteePolicy;
import io.hcsim.core.committee.DecisionRule;
import io.hcsim.core.level.Levels;
import io.hcsim.core.normal.NormalCdf;
import io.hcsim.core.rating.Rating;
import org.junit.jupiter.api.Test;

/** Each rule on hand-built evidence with a known answer. */
class CommitteeTest {
  private static final Levels LEVELS = CatalogueLoader.bundled().levels();
  private static final int P6 = LEVELS.indexOf(LEVELS.byId("P6").orElseThrow());
  private static final int P7 = P6 + 1;
  private static final int P8 = P6 + 2;

  private static Committee committee(DecisionRule rule) {
    return new Committee(new CommitteePolicy(rule, 0.7, 0.7, 0.1, 0.4, 1, 1, 0.3, 0.2, 0.2, 0.1, 0.5), LEVELS,
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
  void asksForTheWidestSdOnlyForACloseCall() {
    Committee c = committee(DecisionRule.POSTERIOR);
    double sd = 0.2;
    int[] asked = new int[1];
    java.util.function.DoubleSupplier widest = () -> {
      asked[0]++;
      return 0.45;
    };
    assertThat(c.decide(meanFor(3.5, 0.8, sd), sd, widest, true, tally())).isEqualTo(P7);
    assertThat(c.decide(meanFor(3.0, 0.3, sd), sd, widest, true, tally())).isEqualTo(Committee.NO_HIRE);
    assertThat(asked[0]).as("clear calls").isZero();
    assertThat(c.decide(meanFor(3.0, 0.65, sd), sd, widest, true, tally())).isEqualTo(Committee.HOLD);
    assertThat(asked[0]).isEqualTo(1);
  }

  @Test
  void thePoolAloneNeverEarnsAnOffer() {
    Committee c = committee(DecisionRule.POSTERIOR);
    assertThat(c.decide(meanFor(4.0, 0.99, 0.2), 0.2, 0.1, false, tally())).isEqualTo(Committee.HOLD);
    assertThat(c.decide(meanFor(3.0, 0.2, 0.2), 0.2, 0.1, false, tally())).isEqualTo(Committee.NO_HIRE);
  }

  @Test
  void noDownLevelWhenTheLoopAllowsNone() {
    Committee c = new Committee(new CommitteePolicy(DecisionRule.POSTERIOR, 0.7, 0.7, 0.1, 0.4, 0, 0, 0.3, 0.2, 0.2, 0.1, 0.5), LEVELS,
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
    assertThat(c.decide(4.2, 0.2, 0.1, true, yes)).isEqualTo(P8);
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
    assertThat(c.offer(P7, 3.75, 0, 0, -1)).isEqualTo(850_000);
    assertThat(c.offer(P7, 3.75, 2, 0, -1)).isEqualTo(910_000);
    assertThat(c.offer(P7, 3.2, 0, 0, -1)).as("below the bar: bottom of the band").isEqualTo(700_000);
    assertThat(c.offer(P7, 4.6, 3, 0, -1)).as("capped at the top").isEqualTo(1_000_000);
    assertThat(c.offer(P8, 4.25, 0, 0, -1)).as("P8: next bar assumed one step up").isEqualTo(1_300_000);
  }

  @Test
  void currentPayAnchorsTheOfferAndACompetingAmountIsMatchedUpToTheTop() {
    Committee c = committee(DecisionRule.POSTERIOR);
    // 650k now, plus the typical 20%: 780k, a quarter... (780-700)/300 = 0.2667 up the P7 band;
    // a signal half way up (3.75) leaves it there.
    assertThat(c.offer(P7, 3.75, 0, 0, 650_000)).isEqualTo(780_000);
    // A strong signal (at the next bar) moves it an eighth of the band up: +37,500, stated as 818,000.
    assertThat(c.offer(P7, 4.0, 0, 0, 650_000)).isEqualTo(818_000);
    // Current pay far over the band: clipped to the top.
    assertThat(c.offer(P7, 3.75, 0, 0, 2_000_000)).isEqualTo(1_000_000);
    // A competing 950k is matched; a competing 1.2M only up to the top.
    assertThat(c.offer(P7, 3.75, 0, 950_000, -1)).isEqualTo(950_000);
    assertThat(c.offer(P7, 3.75, 0, 1_200_000, -1)).isEqualTo(1_000_000);
    assertThat(c.offer(P7, 3.75, 0, 600_000, -1)).as("a lower competing offer changes nothing").isEqualTo(850_000);
    assertThat(c.offer(P7, 3.75, 0, 903_217, -1)).as("a competing amount is matched to the yuan").isEqualTo(903_217);
  }

  @Test
  void anOfferIsStatedAsARecruiterStatesIt() {
    Committee c = committee(DecisionRule.POSTERIOR);
    // 3.5701 sits 0.1402 of the way up the P7 band: 742,060 as computed, 742,000 as stated.
    assertThat(c.offer(P7, 3.5701, 0, 0, -1)).isEqualTo(742_000);
    assertThat(c.offer(P7, 3.5718, 0, 0, -1)).as("743,080 rounds to the nearer thousand").isEqualTo(743_000);
    for (double overall = 3.0; overall <= 4.6; overall += 0.0137) {
      assertThat(c.offer(P7, overall, 0, 0, -1) % Committee.STATED_STEP).as("overall %s", overall).isZero();
      assertThat(c.offer(P7, overall, 0, 0, 653_123) % Committee.STATED_STEP).as("anchored, overall %s", overall).isZero();
    }
  }

  @Test
  void thePayConcernIsGradedNotACliff() {
    var policy = committee(DecisionRule.POSTERIOR).policy();
    assertThat(policy.payConcern(1_000_000, 1_000_000)).isZero();
    assertThat(policy.payConcern(900_000, 1_000_000)).isZero();
    double justOver = policy.payConcern(1_010_000, 1_000_000);
    double tenPct = policy.payConcern(1_100_000, 1_000_000);
    double far = policy.payConcern(5_000_000, 1_000_000);
    double fivePct = policy.payConcern(1_050_000, 1_000_000);
    double twice = policy.payConcern(2_000_000, 1_000_000);
    assertThat(justOver).isBetween(0.0, 0.01);
    // 1 - exp(-(x / scale)^2) with the scale 0.2 of this policy
    assertThat(tenPct).isCloseTo(1 - Math.exp(-0.25), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(fivePct).as("a little over the top is a conversation").isLessThan(0.07);
    assertThat(twice).as("twice the top is almost always acted on").isGreaterThan(0.99);
    assertThat(far).isGreaterThan(tenPct).isLessThanOrEqualTo(1.0);
    assertThat(policy.payConcern(1_110_000, 1_000_000) - tenPct).as("no cliff").isLessThan(0.05);
  }

  @Test
  void anUpLevelNeedsTheHigherConfidence() {
    Committee c = new Committee(new CommitteePolicy(DecisionRule.POSTERIOR, 0.7, 0.9, 0.1, 0.4, 1, 1, 0.5, 0.2, 0.2, 0.1, 0.5),
        LEVELS, LEVELS.byId("P7").orElseThrow());
    double sd = 0.2;
    assertThat(c.decide(meanFor(4.0, 0.8, sd), sd, 0.1, true, tally())).as("0.8 for P8: not enough above target").isEqualTo(P7);
    assertThat(c.decide(meanFor(4.0, 0.92, sd), sd, 0.1, true, tally())).isEqualTo(P8);
    assertThat(c.lowestBar()).isEqualTo(3.0);
  }

  @Test
  void hiresExactlyWhereTheNormalTailReachesTheConfidence() {
    // One level, no hold: the decision turns on P(overall >= bar) alone.
    for (double confidence : new double[] {0.55, 0.7, 0.95}) {
      Committee c = new Committee(new CommitteePolicy(DecisionRule.POSTERIOR, confidence, confidence, 0, 0.4, 0, 0, 0.3,
          0.2, 0.2, 0.1, 0), LEVELS, LEVELS.byId("P7").orElseThrow());
      for (double sd : new double[] {0.12, 0.3, 0.7}) {
        assertThat(c.decide(meanFor(3.5, confidence + 1e-6, sd), sd, 0.1, true, tally())).as("%s %s", confidence, sd)
            .isEqualTo(P7);
        assertThat(c.decide(meanFor(3.5, confidence - 1e-6, sd), sd, 0.1, true, tally())).as("%s %s", confidence, sd)
            .isEqualTo(Committee.NO_HIRE);
      }
    }
  }
}
