package io.hcsim.simulation.experiment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.committee.Committee;
import io.hcsim.core.committee.Outcome;
import io.hcsim.core.level.Level;
import io.hcsim.simulation.estimate.Summary.FunnelStep;
import io.hcsim.simulation.estimate.Summary.OfferRange;
import io.hcsim.simulation.estimate.Summary.Share;
import io.hcsim.simulation.estimate.Summary;
import io.hcsim.simulation.estimate.Wilson;
import io.hcsim.simulation.run.LoopOutcome;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.trace.Stop;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Streaming statistics of many loops: counts only, of a size fixed by the loop (rounds,
 * competencies, levels, offer bins), never by the number of runs. Counts add exactly, so
 * accumulators merged from any number of threads give the same totals.
 */
public final class Accumulator {
  /** Offers are binned by this many currency units (exact to the bin). */
  public static final long OFFER_BIN = 1_000;

  long runs;
  final long[] outcomes = new long[3];
  final long[] hiredAt;
  final long[] reached;
  final long[] passed;
  final long[] recommended;
  final long[] endedAt;
  final long[] concerns;
  long withoutOffer;
  long stoppedByCompensation;
  /** Per round: offers in which that round's interviewer recommended Lean Hire or better. */
  final long[] recommendedInOffers;
  /** Offers that followed two or more Strong No recommendations. */
  long offersAfterTwoStrongNo;
  /** Loops ended before the decision, by {@link Stop}. */
  final long[] stops = new long[Stop.values().length];
  /** Per level: offers at or above the stated expectation, and the sum of offers. */
  final long[] meetsExpectation;
  final long[] offerSum;
  /** offerBins[level][bin]: offers by level, in bins of {@link #OFFER_BIN}. */
  final long[][] offerBins;

  public Accumulator(int rounds, int competencies, int levels, long maxOffer) {
    hiredAt = new long[levels];
    reached = new long[rounds];
    passed = new long[rounds];
    recommended = new long[rounds];
    recommendedInOffers = new long[rounds];
    meetsExpectation = new long[levels];
    offerSum = new long[levels];
    endedAt = new long[rounds + 1];
    concerns = new long[competencies];
    offerBins = new long[levels][(int) (maxOffer / OFFER_BIN) + 2];
  }

  /** An empty accumulator sized for a plan. */
  public static Accumulator forPlan(io.hcsim.simulation.run.LoopPlan plan) {
    var levels = plan.catalogue().levels().ascending();
    long maxOffer = levels.stream().mapToLong(l -> l.band().high()).max().orElse(0);
    return new Accumulator(plan.rounds().size(), plan.catalogue().competencies().size(), levels.size(), maxOffer);
  }

  public void add(LoopOutcome o) {
    runs++;
    int d = o.decision();
    if (d >= 0) {
      outcomes[0]++;
      hiredAt[d]++;
      long[] bins = offerBins[d];
      bins[(int) Math.min(bins.length - 1, o.offer() / OFFER_BIN)]++;
      offerSum[d] += o.offer();
      meetsExpectation[d] += o.meetsExpectation() ? 1 : 0;
      offersAfterTwoStrongNo += o.strongNoCount() >= 2 ? 1 : 0;
      long recommendedBits = o.recommendedRounds();
      for (int r = 0; r < recommendedInOffers.length; r++) {
        recommendedInOffers[r] += (recommendedBits >>> r) & 1;
      }
    } else {
      stops[o.stop().ordinal()]++;
      outcomes[d == Committee.HOLD ? 2 : 1]++;
      withoutOffer++;
      stoppedByCompensation += o.stoppedByCompensation() ? 1 : 0;
      endedAt[o.endedAt()]++;
      if (o.concern1() >= 0) {
        concerns[o.concern1()]++;
      }
      if (o.concern2() >= 0) {
        concerns[o.concern2()]++;
      }
    }
    // Counted from the bits without branches: which rounds passed or recommended varies by loop.
    int n = o.roundsReached();
    long passedBits = o.passedRounds();
    long recommendedBits = o.recommendedRounds();
    for (int r = 0; r < n; r++) {
      reached[r]++;
      passed[r] += (passedBits >>> r) & 1;
      recommended[r] += (recommendedBits >>> r) & 1;
    }
  }

  public void merge(Accumulator other) {
    runs += other.runs;
    withoutOffer += other.withoutOffer;
    stoppedByCompensation += other.stoppedByCompensation;
    offersAfterTwoStrongNo += other.offersAfterTwoStrongNo;
    add(recommendedInOffers, other.recommendedInOffers);
    add(stops, other.stops);
    add(meetsExpectation, other.meetsExpectation);
    add(offerSum, other.offerSum);
    add(outcomes, other.outcomes);
    add(hiredAt, other.hiredAt);
    add(reached, other.reached);
    add(passed, other.passed);
    add(recommended, other.recommended);
    add(endedAt, other.endedAt);
    add(concerns, other.concerns);
    for (int l = 0; l < offerBins.length; l++) {
      add(offerBins[l], other.offerBins[l]);
    }
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  public long runs() {
    return runs;
  }

  public long hires() {
    return outcomes[0];
  }

  /** Hires at level index {@code level}. */
  public long hiredAt(int level) {
    return hiredAt[level];
  }

  /** Loops without an offer that ended this way. */
  public long stops(Stop stop) {
    return stops[stop.ordinal()];
  }

  /** Offers that followed two or more Strong No recommendations. */
  public long offersAfterTwoStrongNo() {
    return offersAfterTwoStrongNo;
  }

  /** What these runs found, for a candidate who stated no pay expectation. */
  public Summary summary(String profile, LoopPlan plan, long seed) {
    return summary(profile, plan, seed, false);
  }

  /**
   * What these runs found; {@code expectationStated} says whether the candidate stated a pay
   * expectation, so that the share of offers meeting it means something.
   */
  public Summary summary(String profile, LoopPlan plan, long seed, boolean expectationStated) {
    Accumulator a = this;
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
      funnel.add(new FunnelStep(Summary.DECISION, a.passed[last] / n, hire, hire, offers == 0 ? Double.NaN : 1));
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
          String id = r < plan.rounds().size() ? plan.rounds().get(r).id() : Summary.DECISION;
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
        return i * OFFER_BIN;
      }
    }
    return (bins.length - 1) * OFFER_BIN;
  }
}
