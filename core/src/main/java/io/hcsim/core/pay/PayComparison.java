package io.hcsim.core.pay;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * An offer's package beside what the candidate has: the current package and each competing
 * offer, on year-one cash and on four years.
 *
 * @param current the current package, when the profile gives one
 * @param competing each competing offer given as a package, in the profile's order
 * @param forfeited the stock still to vest that leaving gives up (0 without a current package)
 * @param signOnToBreakEven the sign-on amount that makes four years of the offer worth four years
 *     of staying, forfeited stock included (0 when the offer is already worth more)
 */
public record PayComparison(
    OfferPackage offer, Optional<Against> current, ImmutableList<Against> competing, long forfeited,
    long signOnToBreakEven) {

  /** One alternative, and how far the offer is above it (negative: below). */
  public record Against(long yearOneCash, long fourYearTotal, long offerAboveYearOne, long offerAboveFourYears) {
    static Against of(OfferPackage offer, long yearOneCash, long fourYearTotal) {
      return new Against(yearOneCash, fourYearTotal, offer.yearOneCash() - yearOneCash,
          offer.fourYearTotal() - fourYearTotal);
    }
  }

  public static PayComparison of(OfferPackage offer, Optional<HeldPackage> current, List<CompetingPackage> competing) {
    Optional<Against> now = current.map(c -> Against.of(offer, c.yearOneCash(), c.fourYearTotal()));
    ImmutableList<Against> others = competing.stream()
        .map(c -> Against.of(offer, c.yearOneCash(), c.fourYearTotal()))
        .collect(ImmutableList.toImmutableList());
    long forfeited = current.map(HeldPackage::unvestedStock).orElse(0L);
    long breakEven = now.map(a -> Math.max(0, -a.offerAboveFourYears())).orElse(0L);
    return new PayComparison(offer, now, others, forfeited, breakEven);
  }

  /** The best competing offer on four years, if any. */
  public Optional<Against> bestCompeting() {
    return competing.stream().max(java.util.Comparator.comparingLong(Against::fourYearTotal));
  }
}
