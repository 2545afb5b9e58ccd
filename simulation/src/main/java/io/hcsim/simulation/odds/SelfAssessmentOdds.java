package io.hcsim.simulation.odds;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.competency.Proficiency;
import io.hcsim.core.pool.CompetencyStructure;
import io.hcsim.core.pool.SelfAssessmentError;
import io.hcsim.simulation.estimate.Comparison;
import io.hcsim.simulation.estimate.PairedDifference;
import io.hcsim.simulation.experiment.Paired;
import io.hcsim.simulation.experiment.ParallelRuns;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import java.util.List;

/**
 * The odds both ways a self-assessment can be read, and the range its uncertainty spans.
 *
 * @param error the profile's self-assessment error (leniency and uncertainty)
 * @param asRated P(offer) as the candidate rates themselves (A: the stated profile drawn with the
 *     uncertainty alone) against as interviewers would likely rate them (B: the same less the
 *     leniency, as the headline plays it), on the same runs and draws
 * @param range the profile as interviewers would likely rate it, taken exactly (baseline), against
 *     it one uncertainty weaker and one stronger on every competency (variants in that order), on
 *     the same draws; empty when the uncertainty is 0
 */
public record SelfAssessmentOdds(SelfAssessmentError error, PairedDifference asRated, ImmutableList<Comparison> range) {

  /** The two readings and the range for {@code stated} on {@code plan}, on runs 0 to {@code runs} of {@code seed}. */
  static SelfAssessmentOdds measure(LoopPlan plan, Candidate stated, SelfAssessmentError error,
      CompetencyStructure structure, long seed, long runs) {
    CandidateSource self = CandidateSource.stated(stated, error.asStated(), structure);
    CandidateSource likely = CandidateSource.stated(stated, error, structure);
    Views views = ParallelRuns.run(new Draws(seed), 0, runs, 1, () -> new Views(plan, self, likely), done -> {});
    PairedDifference asRated = new PairedDifference(runs, views.selfHits, views.likelyHits, views.onlySelf, views.onlyLikely);
    ImmutableList<Comparison> range = ImmutableList.of();
    if (error.uncertainty() > 0) {
      Candidate centre = shifted(stated, -error.leniency());
      range = Paired.compareAll(new Paired.Scenario(plan, centre),
          List.of(new Paired.Scenario(plan, shifted(centre, -error.uncertainty())),
              new Paired.Scenario(plan, shifted(centre, error.uncertainty()))), seed, runs, 1);
    }
    return new SelfAssessmentOdds(error, asRated, range);
  }

  /** P(offer) as the candidate rates themselves. */
  public double asYouRateYourself() {
    return asRated.probabilityA();
  }

  /** The candidate with every competency moved by {@code by}, kept on the scale. */
  private static Candidate shifted(Candidate c, double by) {
    Candidate out = c.copy();
    out.shiftAll(by, Proficiency.MIN, Proficiency.MAX);
    return out;
  }

  /** Plays each run with both readings of the candidate and counts the offers, paired. */
  private static final class Views implements ParallelRuns.Worker<Views> {
    private final LoopRunner selfRunner;
    private final LoopRunner likelyRunner;
    private final CandidateSource self;
    private final CandidateSource likely;
    private final Candidate selfCandidate;
    private final Candidate likelyCandidate;
    long selfHits;
    long likelyHits;
    long onlySelf;
    long onlyLikely;

    Views(LoopPlan plan, CandidateSource self, CandidateSource likely) {
      this.selfRunner = new LoopRunner(plan);
      this.likelyRunner = new LoopRunner(plan);
      this.self = self;
      this.likely = likely;
      int k = plan.catalogue().competencies().size();
      this.selfCandidate = new Candidate(k);
      this.likelyCandidate = new Candidate(k);
    }

    @Override
    public void play(long run, long runKey) {
      self.fill(run, runKey, selfCandidate);
      likely.fill(run, runKey, likelyCandidate);
      boolean a = selfRunner.run(runKey, selfCandidate).hired();
      boolean b = likelyRunner.run(runKey, likelyCandidate).hired();
      selfHits += a ? 1 : 0;
      likelyHits += b ? 1 : 0;
      onlySelf += a && !b ? 1 : 0;
      onlyLikely += b && !a ? 1 : 0;
    }

    @Override
    public void merge(Views other) {
      selfHits += other.selfHits;
      likelyHits += other.likelyHits;
      onlySelf += other.onlySelf;
      onlyLikely += other.onlyLikely;
    }
  }
}
