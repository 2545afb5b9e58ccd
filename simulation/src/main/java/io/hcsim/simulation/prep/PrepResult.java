package io.hcsim.simulation.prep;

import com.google.common.collect.ImmutableMap;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.prep.Schedule;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.prep.PlanTrial.Ranking;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopPlan;
import java.util.Optional;

/**
 * Everything `hcsim compare` and `hcsim optimize` report.
 *
 * @param hours the budget the built-in strategies were scaled to
 * @param before the candidate as stated
 * @param after each plan's candidate for a typical response, by plan name
 * @param ranking the plans on the same draws, best first (for optimize: the confirmation)
 * @param optimised present for optimize: the search and the schedule
 */
public record PrepResult(
    String profileRef,
    String loopRef,
    CandidateProfile profile,
    LoopPlan loop,
    double hours,
    Candidate before,
    ImmutableMap<String, Candidate> after,
    Ranking ranking,
    Optional<Optimised> optimised) {

  public Catalogue catalogue() {
    return loop.catalogue();
  }

  public String targetLevel() {
    return loop.target().id();
  }

  public String currency() {
    return catalogue().levels().currency();
  }

  /**
   * What optimize found.
   *
   * @param search the search's plan and its objective on the search seed
   * @param searchSeed the seed every evaluation of the search used
   * @param schedule the plan week by week, when weeks were given
   */
  public record Optimised(Optimizer.Result search, Objective objective, long searchSeed, long searchRuns, double step,
      Optional<Schedule> schedule) {}
}
