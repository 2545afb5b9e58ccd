package io.hcsim.simulation.prep;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.competency.Proficiency;
import io.hcsim.core.prep.Activity;
import io.hcsim.simulation.estimate.Comparison;
import io.hcsim.simulation.experiment.Paired;
import io.hcsim.simulation.experiment.Paired.Scenario;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which competency moves the odds most: for each weighted competency, the candidate with that
 * competency raised by what a realistic piece of preparation buys, against the candidate as they
 * are, on the same draws. Each lever is measured on P(offer), on P(offer at the target level) —
 * the figure it is ranked by, since a competency assessed only in later rounds may move the level
 * rather than the offer — and on the expected offer.
 */
public final class Sensitivity {
  /** Hours of preparation a lever stands for. */
  public static final double LEVER_HOURS = 10;

  /**
   * A competency, how much it was raised (less near 5.0), and the paired effects of the raise.
   *
   * @param effect on P(offer)
   * @param atTarget on P(offer at the target level)
   */
  public record Lever(String competency, double raise, Comparison comparison) {
    public io.hcsim.simulation.estimate.PairedDifference effect() {
      return comparison.offer();
    }

    public io.hcsim.simulation.estimate.PairedDifference atTarget() {
      return comparison.atTarget();
    }
  }

  private Sensitivity() {}

  /**
   * What the catalogue's best single activity buys a competency now at {@code proficiency} in
   * {@link #LEVER_HOURS} hours, for a typical response, under the preparation model's ceiling and
   * headroom (a strong competency has less left to learn): the size of a lever. 0 when no
   * activity trains it.
   */
  public static double raiseFor(Catalogue catalogue, String competency, double proficiency) {
    double best = 0;
    for (Activity a : catalogue.activities().values()) {
      best = Math.max(best, a.gains().getOrDefault(competency, 0.0) * a.progress(LEVER_HOURS));
    }
    var limits = catalogue.preparationLimits();
    return limits.headroom(proficiency) * Math.min(limits.ceiling(), best);
  }

  /** Levers sized by {@link #raiseFor}. */
  public static ImmutableList<Lever> levers(LoopPlan plan, Candidate candidate, long seed, long runs, int threads) {
    var competencies = plan.catalogue().competencies();
    double[] raise = new double[competencies.size()];
    for (int c = 0; c < raise.length; c++) {
      raise[c] = raiseFor(plan.catalogue(), competencies.get(c).id(), candidate.proficiency(c));
    }
    return levers(plan, candidate, raise, seed, runs, threads);
  }

  /** Levers with a given raise per competency (in catalogue order); competencies raised by 0 are left out. */
  public static ImmutableList<Lever> levers(
      LoopPlan plan, Candidate candidate, double[] raise, long seed, long runs, int threads) {
    var competencies = plan.catalogue().competencies();
    List<Integer> raised = new ArrayList<>();
    List<Double> by = new ArrayList<>();
    List<Scenario> variants = new ArrayList<>();
    for (int c = 0; c < competencies.size(); c++) {
      if (plan.weight(c) == 0 || raise[c] <= 0 || candidate.proficiency(c) >= Proficiency.MAX) {
        continue;
      }
      Candidate better = candidate.copy();
      better.raise(c, raise[c], Proficiency.MAX);
      raised.add(c);
      // Rounded to the scale's resolution: less than asked near the top of the scale.
      by.add(Math.round((better.proficiency(c) - candidate.proficiency(c)) * 1e6) / 1e6);
      variants.add(Scenario.raised(plan, better, c));
    }
    List<Comparison> effects = Paired.compareAll(new Scenario(plan, candidate), variants, seed, runs, threads);
    List<Lever> levers = new ArrayList<>();
    for (int i = 0; i < raised.size(); i++) {
      levers.add(new Lever(competencies.get(raised.get(i)).id(), by.get(i), effects.get(i)));
    }
    levers.sort(Comparator.comparingDouble((Lever l) -> l.atTarget().difference()).reversed()
        .thenComparing(Comparator.comparingDouble((Lever l) -> l.effect().difference()).reversed())
        .thenComparing(Lever::competency));
    return ImmutableList.copyOf(levers);
  }
}
