package io.hcsim.simulation.prep;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.competency.Proficiency;
import io.hcsim.simulation.experiment.Paired;
import io.hcsim.simulation.experiment.Paired.Scenario;
import io.hcsim.simulation.experiment.PairedDifference;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which competency moves the odds most: for each weighted competency, P(offer) with that
 * competency raised by {@code raise}, against the candidate as they are, on the same draws.
 */
public final class Sensitivity {
  /** A competency, how much it was raised (at most {@code raise}; less near 5.0), and the paired effect on P(offer). */
  public record Lever(String competency, double raise, PairedDifference effect) {}

  private Sensitivity() {}

  public static ImmutableList<Lever> levers(
      LoopPlan plan, Candidate candidate, double raise, long seed, long runs, int threads) {
    var competencies = plan.catalogue().competencies();
    List<Integer> raised = new ArrayList<>();
    List<Double> by = new ArrayList<>();
    List<Scenario> variants = new ArrayList<>();
    for (int c = 0; c < competencies.size(); c++) {
      if (plan.weight(c) == 0 || candidate.proficiency(c) >= Proficiency.MAX) {
        continue;
      }
      Candidate better = candidate.copy();
      better.raise(c, raise, Proficiency.MAX);
      raised.add(c);
      by.add(better.proficiency(c) - candidate.proficiency(c)); // less than asked near the top of the scale
      variants.add(new Scenario(plan, better));
    }
    List<PairedDifference> effects = Paired.compare(new Scenario(plan, candidate), variants, seed, runs, threads);
    List<Lever> levers = new ArrayList<>();
    for (int i = 0; i < raised.size(); i++) {
      levers.add(new Lever(competencies.get(raised.get(i)).id(), by.get(i), effects.get(i)));
    }
    levers.sort(Comparator.comparingDouble((Lever l) -> l.effect().difference()).reversed()
        .thenComparing(Lever::competency));
    return ImmutableList.copyOf(levers);
  }
}
