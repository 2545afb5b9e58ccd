package io.hcsim.core.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayStructureTest {
  private static final PayStructure P7 =
      new PayStructure(12, 3, 0.25, ImmutableList.of(25, 25, 25, 25), 12, true);

  @Test
  void aP7OfferOf850kIsBaseBonusAndAFourYearGrant() {
    // 850,000 a year: a quarter in stock (212,500 a year, a grant of 850,000 vesting 25% a year);
    // the 637,500 of cash is 15 months of 42,500: 12 of base (510,000) and 3 of bonus (127,500).
    OfferPackage o = P7.split(850_000);
    assertThat(List.of(o.base(), o.monthlySalary(), o.bonus(), o.stockPerYear(), o.grant()))
        .containsExactly(510_000L, 42_500L, 127_500L, 212_500L, 850_000L);
    assertThat(o.vests()).containsExactly(212_500L, 212_500L, 212_500L, 212_500L);
    assertThat(o.yearOneCash()).isEqualTo(637_500);
    assertThat(o.year(0)).isEqualTo(850_000);
    assertThat(o.fourYearTotal()).isEqualTo(3_400_000);
  }

  @Test
  void anUnevenScheduleVestsByItsPercentagesAndTheLastYearTakesTheRounding() {
    PayStructure backLoaded = new PayStructure(12, 2.5, 0.3, ImmutableList.of(10, 20, 30, 40), 12, true);
    OfferPackage o = backLoaded.split(333_333);
    // 100,000 a year of stock: a grant of 400,000 vesting 40,000, 80,000, 120,000, 160,000.
    assertThat(o.stockPerYear()).isEqualTo(100_000);
    assertThat(o.vests()).containsExactly(40_000L, 80_000L, 120_000L, 160_000L);
    assertThat(o.fourYearTotal()).isEqualTo(4 * o.yearOneCash() + 400_000);
  }

  @Test
  void thePartsAddUpToTheTotalExactlyForAnyTotalAndStructure() {
    qt().withFixedSeed(2026).withExamples(2_000).forAll(longs().between(0, 5_000_000), integers().between(0, 5 * 121 - 1),
            integers().between(0, 80), integers().between(0, 3))
        .checkAssert((total, monthsAndBonus, sharePercent, shape) -> {
          int months = 12 + monthsAndBonus / 121; // 12 to 16 months of base
          int bonusTenths = monthsAndBonus % 121; // a bonus of 0 to 12 months, in tenths
          ImmutableList<Integer> vesting = List.of(ImmutableList.of(25, 25, 25, 25), ImmutableList.of(33, 33, 34),
              ImmutableList.of(10, 20, 30, 40), ImmutableList.of(50, 50)).get(shape);
          PayStructure s = new PayStructure(months, bonusTenths / 10.0, sharePercent / 100.0, vesting, 12, true);
          OfferPackage o = s.split(total);
          assertThat(o.base() + o.bonus() + o.stockPerYear()).isEqualTo(total);
          assertThat(o.vests().stream().mapToLong(Long::longValue).sum()).isEqualTo(o.grant());
          assertThat(o.grant()).isEqualTo(o.stockPerYear() * vesting.size());
          assertThat(List.of(o.base(), o.bonus(), o.stockPerYear())).allMatch(x -> x >= 0);
          assertThat(o.vests()).allMatch(x -> x >= 0);
        });
  }

  @Test
  void aYearOneCashExpectationIsTheSmallestTotalPayingThatCash() {
    qt().withFixedSeed(7).withExamples(500).forAll(longs().between(0, 2_000_000)).checkAssert(cash -> {
      long t = P7.totalForCash(cash);
      assertThat(P7.split(t).yearOneCash()).isGreaterThanOrEqualTo(cash);
      if (t > 0) {
        assertThat(P7.split(t - 1).yearOneCash()).isLessThan(cash);
      }
    });
  }

  @Test
  void anOfferIsComparedWithTheCurrentPackageAndCompetingOffers() {
    OfferPackage offer = P7.split(850_000);
    // Now: 500,000 + 100,000 cash and 600,000 of stock still to vest (four years: 3,000,000).
    PayComparison c = PayComparison.of(offer, Optional.of(new HeldPackage(500_000, 100_000, 600_000)),
        List.of(new CompetingPackage(560_000, 140_000, 1_000_000)));
    assertThat(c.current().orElseThrow().offerAboveYearOne()).isEqualTo(37_500);
    assertThat(c.current().orElseThrow().offerAboveFourYears()).isEqualTo(400_000);
    assertThat(c.forfeited()).isEqualTo(600_000);
    assertThat(c.signOnToBreakEven()).isZero();
    // The competitor: 700,000 cash and 1,000,000 of stock: 3,800,000 over four years.
    assertThat(c.competing().get(0).offerAboveFourYears()).isEqualTo(-400_000);
    assertThat(c.competing().get(0).offerAboveYearOne()).isEqualTo(-62_500);
    // Staying with 2,000,000 unvested: the offer is 1,000,000 short over four years.
    PayComparison rich = PayComparison.of(offer, Optional.of(new HeldPackage(500_000, 100_000, 2_000_000)), List.of());
    assertThat(rich.signOnToBreakEven()).isEqualTo(1_000_000);
  }
}
