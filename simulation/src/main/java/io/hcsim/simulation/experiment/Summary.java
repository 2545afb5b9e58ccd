package io.hcsim.simulation.experiment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.committee.Outcome;
import io.hcsim.core.level.Level;
import io.hcsim.simulation.run.LoopPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import io.hcsim.simulation.run.Stop;
import java.util.Arrays;

/**
 * What an experiment found, in shares of runs: P(offer) with its 95% Wilson interval, the
 * outcome shares, P(offer) by level, the funnel, the competencies cited in rejections, where
 * rejections happen and the offer range.
 *
 * @param levels P(offer at that level), by level id in ascending order; they sum to {@code hire}
 * @param concerns share of loops without an offer that cite each competency, most cited first
 * @param endings share of loops without an offer that ended at each round ("decision" when the
 *     committee rule said no after the last interview)
 * @param funnel one step per round that can take place, and a last step "decision" when no round
 *     decides (the rule applied after the last interview)
 * @param offersByLevel offer quantiles among the hires at each level that had any
 * @param compensationShare share of loops without an offer that a gate ended only because of the
 *     candidate's pay expectation
 * @param stops share of loops without an offer that ended before the decision, by what ended
 *     them (gate, veto, must-have, signal, pay), most common first
 * @param offerMeetsExpectation P(an offer at or above the stated pay expectation), over all loops;
 *     empty when the profile states none
 * @param offersAfterTwoStrongNo share of offers that followed two or more Strong No
 *     recommendations
 */
public record Summary(
    String profile,
    String loop,
    String targetLevel,
    long seed,
    long runs,
    double hire,
    Wilson hireCi,
    ImmutableMap<Outcome, Double> outcomes,
    ImmutableMap<String, Double> levels,
    ImmutableList<FunnelStep> funnel,
    ImmutableList<Share> concerns,
    ImmutableList<Share> endings,
    Optional<OfferRange> offer,
    ImmutableMap<String, OfferRange> offersByLevel,
    double compensationShare,
    ImmutableList<Share> stops,
    OptionalDouble offerMeetsExpectation,
    double offersAfterTwoStrongNo,
    String currency,
    double hoursPerLoop) {

  /**
   * A round of the funnel: share of runs that reached it, went past it, and got a Lean Hire+;
   * and among the loops that ended in an offer, the share in which it recommended Lean Hire+
   * (NaN when no loop ended in an offer).
   */
  public record FunnelStep(String round, double reached, double passed, double recommended, double recommendedAmongOffers) {}

  /** An id with a share. */
  public record Share(String id, double share) {}

  /**
   * Offers at one level: quantiles and mean in currency units (exact to {@link
   * Accumulator#OFFER_BIN}), and the share of them at or above the stated expectation (empty when
   * none is stated).
   */
  public record OfferRange(long p10, long median, long p90, long mean, OptionalDouble atOrAboveExpectation) {}

  public static final String DECISION = "decision";

  public static Summary of(String profile, LoopPlan plan, long seed, Accumulator a) {
    return of(profile, plan, seed, a, false);
  }

  /**
   * The summary of an experiment; {@code expectationStated} says whether the candidate stated a pay
   * expectation, so that the share of offers meeting it means something.
   */
  public static Summary of(String profile, LoopPlan plan, long seed, Accumulator a, boolean expectationStated) {
    double n = a.runs;
    ImmutableMap.Builder<Outcome, Double> outcomes = ImmutableMap.builder();
    outcomes.put(Outcome.HIRE, a.outcomes[0] / n);
    outcomes.put(Outcome.NO_HIRE, a.outcomes[1] / n);
    outcomes.put(Outcome.HOLD, a.outcomes[2] / n);
    ImmutableMap.Builder<String, Double> levels = ImmutableMap.builder();
    List<Level> ascending = plan.catalogue().levels().ascending();
    for (int i = 0; i < ascending.size(); i++) {
      levels.put(ascending.get(i).id(), a.hiredAt[i] / n);
    }
    ImmutableList.Builder<FunnelStep> funnel = ImmutableList.builder();
    int last = plan.rounds().size() - 1;
    double offers = a.outcomes[0];
    for (int r = 0; r <= last; r++) {
      funnel.add(new FunnelStep(plan.rounds().get(r).id(), a.reached[r] / n, a.passed[r] / n, a.recommended[r] / n,
          offers == 0 ? Double.NaN : a.recommendedInOffers[r] / offers));
    }
    if (!plan.rounds().get(last).decides()) {
      double hire = a.outcomes[0] / n;
      funnel.add(new FunnelStep(DECISION, a.passed[last] / n, hire, hire, offers == 0 ? Double.NaN : 1));
    }
    List<Share> concerns = new ArrayList<>();
    List<Share> endings = new ArrayList<>();
    if (a.withoutOffer > 0) {
      for (int c = 0; c < a.concerns.length; c++) {
        if (a.concerns[c] > 0) {
          concerns.add(new Share(plan.catalogue().competencies().get(c).id(), a.concerns[c] / (double) a.withoutOffer));
        }
      }
      for (int r = 0; r < a.endedAt.length; r++) {
        if (a.endedAt[r] > 0) {
          String id = r < plan.rounds().size() ? plan.rounds().get(r).id() : DECISION;
          endings.add(new Share(id, a.endedAt[r] / (double) a.withoutOffer));
        }
      }
    }
    List<Share> stops = new ArrayList<>();
    if (a.withoutOffer > 0) {
      for (Stop stop : Stop.values()) {
        if (stop != Stop.NONE && a.stops[stop.ordinal()] > 0) {
          stops.add(new Share(stop.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
              a.stops[stop.ordinal()] / (double) a.withoutOffer));
        }
      }
    }
    Comparator<Share> byShare = Comparator.comparingDouble(Share::share).reversed().thenComparing(Share::id);
    concerns.sort(byShare);
    endings.sort(byShare);
    stops.sort(byShare);
    long meets = Arrays.stream(a.meetsExpectation).sum();
    double hours = 0;
    for (int r = 0; r < plan.rounds().size(); r++) {
      hours += a.reached[r] * plan.rounds().get(r).hours();
    }
    return new Summary(profile, plan.loop().id(), plan.target().id(), seed, a.runs, a.outcomes[0] / n,
        Wilson.of95(a.outcomes[0], a.runs), outcomes.buildOrThrow(), levels.buildOrThrow(), funnel.build(),
        ImmutableList.copyOf(concerns), ImmutableList.copyOf(endings), offerRange(total(a.offerBins), Arrays.stream(a.offerSum).sum(), Arrays.stream(a.meetsExpectation).sum(), false),
        offersByLevel(a, ascending, expectationStated),
        a.withoutOffer == 0 ? 0 : a.stoppedByCompensation / (double) a.withoutOffer, ImmutableList.copyOf(stops),
        expectationStated ? OptionalDouble.of(meets / n) : OptionalDouble.empty(),
        offers == 0 ? 0 : a.offersAfterTwoStrongNo / offers, plan.catalogue().levels().currency(), hours / n);
  }

  private static long[] total(long[][] byLevel) {
    long[] sum = new long[byLevel[0].length];
    for (long[] bins : byLevel) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += bins[i];
      }
    }
    return sum;
  }

  private static ImmutableMap<String, OfferRange> offersByLevel(Accumulator a, List<Level> ascending, boolean expectationStated) {
    ImmutableMap.Builder<String, OfferRange> b = ImmutableMap.builder();
    for (int l = 0; l < ascending.size(); l++) {
      int level = l;
      offerRange(a.offerBins[l], a.offerSum[l], a.meetsExpectation[l], expectationStated)
          .ifPresent(r -> b.put(ascending.get(level).id(), r));
    }
    return b.buildOrThrow();
  }

  private static Optional<OfferRange> offerRange(long[] bins, long sum, long meets, boolean expectationStated) {
    long hires = Arrays.stream(bins).sum();
    if (hires == 0) {
      return Optional.empty();
    }
    return Optional.of(new OfferRange(quantile(bins, hires, 0.1), quantile(bins, hires, 0.5), quantile(bins, hires, 0.9),
        Math.round(sum / (double) hires),
        expectationStated ? OptionalDouble.of(meets / (double) hires) : OptionalDouble.empty()));
  }

  /** The lower edge of the bin holding the q-quantile (the smallest x with F(x) >= q). */
  private static long quantile(long[] bins, long total, double q) {
    long need = (long) Math.ceil(q * total);
    long seen = 0;
    for (int i = 0; i < bins.length; i++) {
      seen += bins[i];
      if (seen >= Math.max(1, need)) {
        return i * Accumulator.OFFER_BIN;
      }
    }
    return (bins.length - 1) * Accumulator.OFFER_BIN;
  }
}
