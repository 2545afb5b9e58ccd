package io.hcsim.cli;

import com.google.common.collect.ImmutableMap;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.files.Suggestions;
import io.hcsim.core.prep.Plan;
import io.hcsim.core.prep.PlanReader;
import io.hcsim.core.prep.Strategy;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.prep.PlanTrial;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the names and files a command was given into plans, baseline first, each name once. */
public final class PlanChoice {
  private PlanChoice() {}

  /**
   * {@code none} first, then the named built-in strategies scaled to {@code hours} (all of them
   * when none are named), then the plan files, whose names may be no built-in strategy's.
   */
  public static List<Plan> plans(Catalogue catalogue, List<String> strategies, List<Path> files, double hours)
      throws InvalidInputException {
    Map<String, Strategy> builtIn = catalogue.strategies();
    List<String> names = strategies == null || strategies.isEmpty() ? List.copyOf(builtIn.keySet()) : strategies;
    Set<String> seen = new HashSet<>();
    List<Plan> plans = new ArrayList<>();
    plans.add(builtIn.get(Strategy.NONE).plan(hours));
    seen.add(Strategy.NONE);
    Set<String> named = new HashSet<>();
    for (String n : names) {
      String name = n.strip();
      if (!builtIn.containsKey(name)) {
        throw new BadArgumentException("--strategies: " + Suggestions.unknown("strategy", name, builtIn.keySet()));
      }
      if (!named.add(name)) {
        throw new BadArgumentException("--strategies: '" + name + "' is named twice; name each strategy once");
      }
      if (seen.add(name)) {
        plans.add(builtIn.get(name).plan(hours));
      }
    }
    PlanReader reader = new PlanReader(catalogue.activities());
    for (Path f : files == null ? List.<Path>of() : files) {
      Plan p = reader.read(f).value();
      if (builtIn.containsKey(p.name()) || !seen.add(p.name())) {
        throw new BadArgumentException("--plan " + f + ": its name '" + p.name() + "' is already taken by "
            + (builtIn.containsKey(p.name()) ? "a built-in strategy" : "another plan") + "; give each plan its own name");
      }
      plans.add(p);
    }
    return plans;
  }

  /** The trial of plans for the inputs: the candidate drawn around their self-assessment, as simulate does. */
  static PlanTrial trial(Catalogue catalogue, LoopPlan loop, CandidateProfile profile, int threads) {
    Candidate candidate = Candidate.of(profile, catalogue.competencies());
    CandidateSource before = CandidateSource.stated(candidate, profile.selfAssessment(), catalogue.pool().structure());
    return new PlanTrial(loop, candidate, before, profile.preparationResponse(), threads);
  }

  /** Each plan's candidate for a typical response, by name. */
  static ImmutableMap<String, Candidate> after(PlanTrial trial, List<Plan> plans) {
    Map<String, Candidate> out = new LinkedHashMap<>();
    plans.forEach(p -> out.put(p.name(), trial.typical(p)));
    return ImmutableMap.copyOf(out);
  }
}
