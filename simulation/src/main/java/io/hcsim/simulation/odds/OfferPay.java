package io.hcsim.simulation.odds;

import io.hcsim.core.level.Band;
import io.hcsim.core.level.Level;
import io.hcsim.core.level.Levels;
import io.hcsim.core.pay.PayComparison;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.estimate.Summary;
import java.util.Map;
import java.util.Optional;

/**
 * The typical offer as a package: the median offer at the level most offers are made at, split
 * by that level's pay structure and set beside what the candidate has; with where it sits in the
 * band, which is what a negotiation can move.
 *
 * @param level the level most offers are made at
 * @param placeInBand how far up the band the median offer sits (0 = its floor, 1 = its top)
 * @param roomToTop what the band has above the median offer, a year: the most a competing offer
 *     can lift it, since the committee matches one only up to the band's top
 */
public record OfferPay(String level, Band band, double placeInBand, long roomToTop, PayComparison comparison) {

  /** Empty when no run ended in an offer or the catalogue gives the level no pay structure. */
  public static Optional<OfferPay> of(Summary s, Levels levels, CandidateProfile profile) {
    Optional<Map.Entry<String, Summary.OfferRange>> most = s.offersByLevel().entrySet().stream()
        .max((a, b) -> Double.compare(s.levels().getOrDefault(a.getKey(), 0.0), s.levels().getOrDefault(b.getKey(), 0.0)));
    if (most.isEmpty()) {
      return Optional.empty();
    }
    Level level = levels.byId(most.get().getKey()).orElseThrow();
    long median = most.get().getValue().median();
    return levels.pay(level).map(structure -> {
      Band band = level.band();
      double place = band.high() > band.low() ? (median - band.low()) / (double) (band.high() - band.low()) : 1;
      return new OfferPay(level.id(), band, Math.max(0, Math.min(1, place)), Math.max(0, band.high() - median),
          PayComparison.of(structure.split(median), profile.currentPackage(), profile.competingPackages()));
    });
  }
}
