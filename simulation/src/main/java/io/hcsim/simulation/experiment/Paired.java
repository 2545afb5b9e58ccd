package io.hcsim.simulation.experiment;

import com.google.common.collect.ImmutableList;
import io.hcsim.simulation.estimate.Comparison;
import io.hcsim.simulation.estimate.MeanDifference;
import io.hcsim.simulation.estimate.PairedDifference;
import io.hcsim.simulation.random.Draws;
import io.hcsim.core.pool.SelfAssessmentError;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopOutcome;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import java.util.List;

/**
 * Plays a baseline scenario and any number of variants (each a plan and a candidate) on the same
 * run numbers, hence the same draws, and counts each variant's outcomes paired with the
 * baseline's: the basis of every comparison hcsim makes. The baseline is played once per run,
 * however many variants there are.
 */
public final class Paired {
  /**
   * A plan and a candidate to play it with.
   *
   * @param changed as a variant: when it plays the baseline's plan with the baseline's candidate
   *     changed only in some competencies' proficiency, a bit for each of them (competency c is bit
   *     c); {@link #UNKNOWN} otherwise. A run in which the baseline's loop ended before any of
   *     those competencies was rated then ends the same way for the variant (every draw is the
   *     same), so it is counted without being played again.
   */
  public record Scenario(LoopPlan plan, Candidate candidate, long changed, SelfAssessmentError error) {
    /** Differs from the baseline in ways not stated: every run is played. */
    public static final long UNKNOWN = -1L;

    public Scenario(LoopPlan plan, Candidate candidate) {
      this(plan, candidate, UNKNOWN);
    }

    public Scenario(LoopPlan plan, Candidate candidate, long changed) {
      this(plan, candidate, changed, SelfAssessmentError.NONE);
    }

    /** {@code candidate} raised in competency {@code c} alone, against a baseline on the same plan. */
    public static Scenario raised(LoopPlan plan, Candidate candidate, int c) {
      return new Scenario(plan, candidate, c < Long.SIZE ? 1L << c : UNKNOWN);
    }

    /**
     * The candidate as stated, drawn in every run with this self-assessment error (the same error
     * for every scenario of a comparison, run by run, as the draws are addressed): the headline
     * odds are drawn so, and a lever must be measured on the same candidates.
     */
    public Scenario drawn(SelfAssessmentError e) {
      return new Scenario(plan, candidate, changed, e);
    }

    /** Who plays this scenario's runs; null when it is the stated candidate every run. */
    CandidateSource source() {
      return error.exact() ? null : CandidateSource.stated(candidate, error, plan.catalogue().pool().structure());
    }
  }

  private Paired() {}

  /** One variant against the baseline, on P(offer). */
  public static PairedDifference compare(Scenario baseline, Scenario variant, long seed, long runs, int threads) {
    return compare(baseline, List.of(variant), seed, runs, threads).get(0);
  }

  /** Each variant against the baseline, in the order given, on P(offer). */
  public static ImmutableList<PairedDifference> compare(
      Scenario baseline, List<Scenario> variants, long seed, long runs, int threads) {
    return compareAll(baseline, variants, seed, runs, threads).stream().map(Comparison::offer)
        .collect(ImmutableList.toImmutableList());
  }

  /** Each variant against the baseline on every paired measure. */
  public static ImmutableList<Comparison> compareAll(
      Scenario baseline, List<Scenario> variants, long seed, long runs, int threads) {
    Tallies t = ParallelRuns.run(new Draws(seed), 0, runs, threads, () -> new Tallies(baseline, variants), done -> {});
    ImmutableList.Builder<Comparison> out = ImmutableList.builder();
    for (int v = 0; v < variants.size(); v++) {
      out.add(new Comparison(
          new PairedDifference(runs, t.offer.baseHits, t.offer.hits[v], t.offer.onlyBase[v], t.offer.onlyVariant[v]),
          new PairedDifference(runs, t.atTarget.baseHits, t.atTarget.hits[v], t.atTarget.onlyBase[v], t.atTarget.onlyVariant[v]),
          MeanDifference.of(runs, t.baseOfferSum, t.offerSum[v], t.diffSum[v], t.diffSquares[v])));
    }
    return out.build();
  }

  /** Paired counts of one yes/no outcome. */
  private static final class Counts {
    long baseHits;
    final long[] hits;
    final long[] onlyBase;
    final long[] onlyVariant;

    Counts(int variants) {
      hits = new long[variants];
      onlyBase = new long[variants];
      onlyVariant = new long[variants];
    }

    void add(int v, boolean base, boolean variant) {
      hits[v] += variant ? 1 : 0;
      onlyBase[v] += base && !variant ? 1 : 0;
      onlyVariant[v] += variant && !base ? 1 : 0;
    }

    void merge(Counts other) {
      baseHits += other.baseHits;
      for (int v = 0; v < hits.length; v++) {
        hits[v] += other.hits[v];
        onlyBase[v] += other.onlyBase[v];
        onlyVariant[v] += other.onlyVariant[v];
      }
    }
  }

  private static final class Tallies implements ParallelRuns.Worker<Tallies> {
    final LoopRunner base;
    final Candidate baseCandidate;
    /** Where a scenario draws its candidate each run (null: the stated one), and the drawn one. */
    final CandidateSource baseSource;
    final Candidate baseDrawn;
    final CandidateSource[] sources;
    final Candidate[] drawn;
    final int baseTarget;
    final LoopRunner[] runners;
    final Candidate[] candidates;
    final int[] targets;
    final Counts offer;
    final Counts atTarget;
    double baseOfferSum;
    final double[] offerSum;
    final double[] diffSum;
    final double[] diffSquares;

    /** Per variant: the competencies it changes on the baseline's plan, or all. */
    final long[] changed;
    /** For each number of rounds reached: the competencies those rounds rate. */
    final long[] ratedUpTo;

    Tallies(Scenario baseline, List<Scenario> variants) {
      this.base = new LoopRunner(baseline.plan());
      this.baseCandidate = baseline.candidate();
      this.baseSource = baseline.source();
      this.baseDrawn = baseline.candidate().copy();
      this.baseTarget = baseline.plan().targetIndex();
      int n = variants.size();
      this.sources = new CandidateSource[n];
      this.drawn = new Candidate[n];
      this.runners = new LoopRunner[n];
      this.candidates = new Candidate[n];
      this.targets = new int[n];
      this.changed = new long[n];
      for (int v = 0; v < n; v++) {
        Scenario s = variants.get(v);
        runners[v] = new LoopRunner(s.plan());
        candidates[v] = s.candidate();
        sources[v] = s.source();
        drawn[v] = s.candidate().copy();
        targets[v] = s.plan().targetIndex();
        changed[v] = s.plan() == baseline.plan() ? s.changed() : Scenario.UNKNOWN;
      }
      this.ratedUpTo = ratedUpTo(baseline.plan());
      this.offer = new Counts(n);
      this.atTarget = new Counts(n);
      this.offerSum = new double[n];
      this.diffSum = new double[n];
      this.diffSquares = new double[n];
    }

    /** Bit c of entry k: competency c is rated in one of the plan's first k rounds (all bits past 64). */
    private static long[] ratedUpTo(LoopPlan plan) {
      var competencies = plan.catalogue().competencies();
      long[] out = new long[plan.rounds().size() + 1];
      for (int r = 0; r < plan.rounds().size(); r++) {
        long rated = out[r];
        for (String id : plan.rounds().get(r).focus().keySet()) {
          int c = competencies.indexOf(id);
          rated |= c < Long.SIZE ? 1L << c : Scenario.UNKNOWN;
        }
        out[r + 1] = rated;
      }
      return out;
    }

    @Override
    public void play(long run, long runKey) {
      LoopOutcome o = base.run(runKey, candidate(baseSource, baseCandidate, baseDrawn, run, runKey));
      boolean b = o.hired();
      boolean bt = o.decision() == baseTarget;
      double bo = b ? o.offer() : 0;
      long rated = ratedUpTo[o.roundsReached()];
      offer.baseHits += b ? 1 : 0;
      atTarget.baseHits += bt ? 1 : 0;
      baseOfferSum += bo;
      for (int v = 0; v < runners.length; v++) {
        if (changed[v] != Scenario.UNKNOWN && (changed[v] & rated) == 0) {
          // Nothing the baseline's loop read differs: the variant's loop is the same loop.
          offer.add(v, b, b);
          atTarget.add(v, bt, bt);
          offerSum[v] += bo;
          continue;
        }
        LoopOutcome w = runners[v].run(runKey, candidate(sources[v], candidates[v], drawn[v], run, runKey));
        offer.add(v, b, w.hired());
        atTarget.add(v, bt, w.decision() == targets[v]);
        double d = (w.hired() ? w.offer() : 0) - bo;
        offerSum[v] += bo + d;
        diffSum[v] += d;
        diffSquares[v] += d * d;
      }
    }

    private static Candidate candidate(CandidateSource source, Candidate stated, Candidate into, long run, long runKey) {
      if (source == null) {
        return stated;
      }
      source.fill(run, runKey, into);
      return into;
    }

    @Override
    public void merge(Tallies other) {
      offer.merge(other.offer);
      atTarget.merge(other.atTarget);
      baseOfferSum += other.baseOfferSum;
      for (int v = 0; v < runners.length; v++) {
        offerSum[v] += other.offerSum[v];
        diffSum[v] += other.diffSum[v];
        diffSquares[v] += other.diffSquares[v];
      }
    }
  }
}
