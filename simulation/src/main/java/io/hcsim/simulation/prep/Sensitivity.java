package io.hcsim.simulation.prep;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.competency.Proficiency;
import io.hcsim.core.prep.Activity;
import io.hcsim.core.pool.SelfAssessmentError;
import io.hcsim.simulation.estimate.Comparison;
import io.hcsim.simulation.experiment.Paired;
import io.hcsim.simulation.experiment.Paired.Scenario;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which competency moves the odds most: for each weighted competency, and for interview readiness,
 * the candidate with that one raised by what a realistic piece of preparation buys, against the
 * candidate as they are, on the same draws. Each lever is measured on P(offer), on P(offer at the target level) —
 * the figure it is ranked by, since a competency assessed only in later rounds may move the level
 * rather than the offer — and on the expected offer.
 */
public final class Sensitivity {
  /** Hours of preparation a lever stands for. */
  public static final double LEVER_HOURS = 10;
  /** The lever that raises interview readiness, beside the competencies' ids. */
  public static final String READINESS = "readiness";

  /**
   * A competency or {@link #READINESS}, how much it was raised (less near 5.0, or near a
   * practised candidate's readiness), and the paired effects of the raise.
   *
   * @param effect on P(offer)
   * @param atTarget on P(offer at the target level)
   */
  public record Lever(String lever, double raise, Comparison comparison) {
    /** Whether this lever is interview readiness rather than a competency. */
    public boolean readiness() {
      return lever.equals(READINESS);
    }

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

  /**
   * What the catalogue's best single activity buys in {@link #LEVER_HOURS} hours of interview
   * readiness for a candidate now at {@code readiness}, for a typical response: its share of the
   * gap to a practised candidate. 0 when the candidate is already that ready.
   */
  public static double readinessRaiseFor(Catalogue catalogue, double readiness) {
    double best = 0;
    for (Activity a : catalogue.activities().values()) {
      best = Math.max(best, a.readinessShare(LEVER_HOURS, 1));
    }
    return catalogue.preparationLimits().readinessGap(readiness) * best;
  }

  /**
   * Levers sized by {@link #raiseFor} and {@link #readinessRaiseFor}, each raise made to the stated
   * profile and played with the self-assessment error the odds are drawn with.
   */
  public static ImmutableList<Lever> levers(LoopPlan plan, Candidate candidate, SelfAssessmentError error, long seed,
      long runs, int threads) {
    var competencies = plan.catalogue().competencies();
    double[] raise = new double[competencies.size()];
    for (int c = 0; c < raise.length; c++) {
      raise[c] = raiseFor(plan.catalogue(), competencies.get(c).id(), candidate.proficiency(c));
    }
    return levers(plan, candidate, error, raise, readinessRaiseFor(plan.catalogue(), candidate.readiness()), seed,
        runs, threads);
  }

  /**
   * Levers with a given raise per competency (in catalogue order) and of interview readiness;
   * what is raised by 0 is left out.
   */
  public static ImmutableList<Lever> levers(LoopPlan plan, Candidate candidate, SelfAssessmentError error,
      double[] raise, double readinessRaise, long seed, long runs, int threads) {
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
      variants.add(Scenario.raised(plan, better, c).drawn(error));
    }
    List<String> ids = new ArrayList<>();
    raised.forEach(c -> ids.add(competencies.get(c).id()));
    if (readinessRaise > 0) {
      // Readiness moves every rating of every round: no run can be counted without being played.
      Candidate readier = candidate.copy();
      readier.setReadiness(candidate.readiness() + readinessRaise);
      ids.add(READINESS);
      by.add(Math.round(readinessRaise * 1e6) / 1e6);
      variants.add(new Scenario(plan, readier).drawn(error));
    }
    List<Comparison> effects = Paired.compareAll(new Scenario(plan, candidate).drawn(error), variants, seed, runs,
        threads);
    List<Lever> levers = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      levers.add(new Lever(ids.get(i), by.get(i), effects.get(i)));
    }
    levers.sort(Comparator.comparingDouble((Lever l) -> l.atTarget().difference()).reversed()
        .thenComparing(Comparator.comparingDouble((Lever l) -> l.effect().difference()).reversed())
        .thenComparing(Lever::lever));
    return ImmutableList.copyOf(levers);
  }
}
