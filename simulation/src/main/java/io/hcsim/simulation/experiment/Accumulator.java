package io.hcsim.simulation.experiment;

import io.hcsim.core.committee.Committee;
import io.hcsim.simulation.run.LoopOutcome;
import io.hcsim.simulation.run.Stop;

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
}
