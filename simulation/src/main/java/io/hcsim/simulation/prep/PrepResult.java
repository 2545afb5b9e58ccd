package io.hcsim.simulation.prep;

import com.google.common.collect.ImmutableMap;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.prep.Schedule;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.prep.PlanTrial.Ranking;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.trace.LoopAtLevel;
import java.util.Map;
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
    LoopAtLevel loop,
    double hours,
    Abilities before,
    ImmutableMap<String, Abilities> after,
    Ranking ranking,
    Optional<Optimised> optimised) {

  /** The result for the engine's own plan and candidates. */
  public static PrepResult of(String profileRef, String loopRef, CandidateProfile profile, LoopPlan loop, double hours,
      Candidate before, Map<String, Candidate> after, Ranking ranking, Optional<Optimised> optimised) {
    ImmutableMap.Builder<String, Abilities> each = ImmutableMap.builder();
    after.forEach((plan, candidate) -> each.put(plan, Abilities.of(candidate)));
    return new PrepResult(profileRef, loopRef, profile, loop.atLevel(), hours, Abilities.of(before),
        each.buildOrThrow(), ranking, optimised);
  }

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
