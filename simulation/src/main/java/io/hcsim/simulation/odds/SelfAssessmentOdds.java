package io.hcsim.simulation.odds;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.competency.Proficiency;
import io.hcsim.core.pool.SelfAssessmentError;
import io.hcsim.simulation.estimate.Comparison;
import io.hcsim.simulation.estimate.PairedDifference;
import io.hcsim.simulation.experiment.Paired;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopPlan;
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
  static SelfAssessmentOdds measure(LoopPlan plan, Candidate stated, SelfAssessmentError error, long seed, long runs) {
    // Both readings drawn on the same runs, so they meet the same errors: they differ by the leniency alone.
    PairedDifference asRated = Paired.compare(new Paired.Scenario(plan, stated).drawn(error.asStated()),
        new Paired.Scenario(plan, stated).drawn(error), seed, runs, 1);
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
}
