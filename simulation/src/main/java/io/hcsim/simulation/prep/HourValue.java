package io.hcsim.simulation.prep;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.pool.SelfAssessmentError;
import io.hcsim.simulation.estimate.Comparison;
import io.hcsim.simulation.experiment.Paired;
import io.hcsim.simulation.experiment.Paired.Scenario;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where an hour of preparation is worth most: each competency raised by a fixed step alone, and
 * interview readiness and consistency each raised alone, against the candidate as they are on the same draws (the levers of
 * {@link Sensitivity}, with equal raises), each with the fewest hours that buy it.
 */
public final class HourValue {
  /** The raise of each competency, in proficiency units. */
  public static final double COMPETENCY_RAISE = 0.25;
  /** The raise of consistency. */
  public static final double CONSISTENCY_RAISE = 0.2;
  /** The raise of interview readiness, in proficiency units: on every rating, so smaller than a competency's. */
  public static final double READINESS_RAISE = 0.1;
  /** The lever that raises consistency, beside the competencies' ids. */
  public static final String CONSISTENCY = "consistency";
  /** The lever that raises interview readiness. */
  public static final String READINESS = Sensitivity.READINESS;

  /**
   * One lever.
   *
   * @param lever a competency id, {@link #READINESS} or {@link #CONSISTENCY}
   * @param raise how much it was raised (less near the top of the scale)
   * @param purchase the fewest hours that buy the raise; empty when preparation cannot
   * @param most the most preparation can raise it (the cap's distance for consistency)
   */
  public record Row(String lever, double raise, Comparison comparison, Optional<Purchase> purchase, double most) {
    /** Whether preparation can buy the whole raise (a report marks the levers it cannot). */
    public boolean buyable() {
      return purchase.isPresent();
    }

    /** Points of P(offer) per ten hours; NaN when the raise cannot be bought. */
    public double perTenHours() {
      return purchase.map(p -> 10 * comparison.offer().difference() / p.hours()).orElse(Double.NaN);
    }
  }

  private HourValue() {}

  /** Every lever, largest rise in P(offer) first. */
  public static ImmutableList<Row> rows(LoopPlan plan, Candidate candidate, SelfAssessmentError error, double response,
      long seed, long runs, int threads) {
    var cat = plan.catalogue();
    double[] raise = new double[candidate.competencies()];
    Arrays.fill(raise, COMPETENCY_RAISE);
    List<Row> rows = new ArrayList<>();
    // Readiness is raised by the same step whatever preparation can buy of it, so that the effect
    // on the odds shows even where the hours say it is out of reach.
    for (Sensitivity.Lever l : Sensitivity.levers(plan, candidate, error, raise, READINESS_RAISE, seed, runs, threads)) {
      if (l.readiness()) {
        rows.add(new Row(READINESS, l.raise(), l.comparison(),
            Purchase.readiness(cat, candidate.readiness(), l.raise(), response),
            Purchase.mostReadiness(cat, candidate.readiness(), response)));
        continue;
      }
      int c = cat.competencies().indexOf(l.lever());
      rows.add(new Row(l.lever(), l.raise(), l.comparison(),
          Purchase.competency(cat, l.lever(), candidate.proficiency(c), l.raise(), response),
          Purchase.most(cat, l.lever(), candidate.proficiency(c), response)));
    }
    Candidate steadier = candidate.copy();
    steadier.raiseConsistency(CONSISTENCY_RAISE, 1.0);
    double by = steadier.consistency() - candidate.consistency();
    if (by > 0) {
      Comparison c = Paired.compareAll(new Scenario(plan, candidate).drawn(error), List.of(new Scenario(plan, steadier).drawn(error)),
          seed, runs, threads).get(0);
      rows.add(new Row(CONSISTENCY, by, c, Purchase.consistency(cat, candidate.consistency(), by, response),
          Math.max(0, cat.preparationLimits().consistencyMax() - candidate.consistency())));
    }
    rows.sort(Comparator.comparingDouble((Row r) -> -r.comparison().offer().difference()).thenComparing(Row::lever));
    return ImmutableList.copyOf(rows);
  }
}
