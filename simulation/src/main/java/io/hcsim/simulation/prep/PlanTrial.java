package io.hcsim.simulation.prep;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.prep.Plan;
import io.hcsim.core.signal.NormalCdf;
import io.hcsim.simulation.estimate.MeanDifference;
import io.hcsim.simulation.estimate.PairedDifference;
import io.hcsim.simulation.estimate.Wilson;
import io.hcsim.simulation.experiment.Field;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Plans for one candidate in one loop, played on the same draws: the candidate as they are (or
 * drawn around their self-assessment) is raised by each plan with the same response multipliers
 * per activity, so two plans differ only by their hours.
 */
public final class PlanTrial {
  /** Family-wise error rate of the "as good as the best" verdicts. */
  public static final double ALPHA = 0.05;

  private final LoopPlan loop;
  private final Catalogue catalogue;
  private final Candidate candidate;
  private final CandidateSource before;
  private final double response;
  private final int threads;

  /**
   * @param before the candidate before any preparation, run by run
   * @param response the candidate's own preparation response (1 typical)
   */
  public PlanTrial(LoopPlan loop, Candidate candidate, CandidateSource before, double response, int threads) {
    this.loop = loop;
    this.catalogue = loop.catalogue();
    this.candidate = candidate;
    this.before = before;
    this.response = response;
    this.threads = threads;
  }

  public LoopPlan loop() {
    return loop;
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public int threads() {
    return threads;
  }

  public PreparedSource source(Plan plan) {
    return new PreparedSource(before, new Preparation(catalogue, plan), response, candidate.competencies(),
        catalogue.preparationLimits());
  }

  /** The candidate after {@code plan} for their typical response: what the plan buys, competency by competency. */
  public Candidate typical(Plan plan) {
    return new Preparation(catalogue, plan).typical(candidate, response);
  }

  public Candidate candidate() {
    return candidate;
  }

  /**
   * One plan in a ranking.
   *
   * @param delta the paired difference in P(offer) from the baseline (the first plan given)
   * @param atTargetDelta the same for P(offer at the target level)
   * @param offerDelta the same for the expected offer
   * @param behindBest this plan's objective minus the best's, with its 95% half-width
   * @param sameAsBest whether the Holm-corrected test leaves it as good as the best
   * @param passRates per round of the loop, the share of the loops that reached it which went on
   */
  public record Entry(Plan plan, double hire, Wilson hireCi, double atTarget, Wilson atTargetCi, double expectedOffer,
      PairedDifference delta, PairedDifference atTargetDelta, MeanDifference offerDelta, double[] behindBest,
      boolean sameAsBest, double[] passRates) {}

  /** Plans ranked best first by the objective; the first plan given is the baseline. */
  public record Ranking(Objective objective, long seed, long runs, Plan baseline, ImmutableList<Entry> entries) {
    public Entry best() {
      return entries.get(0);
    }

    public Entry entry(String name) {
      return entries.stream().filter(e -> e.plan().name().equals(name)).findFirst().orElseThrow();
    }
  }

  /** Every plan on the same draws, ranked by {@code objective}; {@code plans.get(0)} is the baseline. */
  public Ranking compare(List<Plan> plans, Objective objective, long seed, long runs) {
    Field.Result r = Field.run(loop, plans.stream().map(this::source).toList(), seed, runs, threads);
    int k = plans.size();
    Integer[] order = new Integer[k];
    for (int i = 0; i < k; i++) {
      order[i] = i;
    }
    // Best first; ties keep the order given, so the baseline is never ranked above an equal plan by accident.
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -objective.value(r, i)).thenComparing(i -> i));
    int best = order[0];
    boolean[] same = holmSameAsBest(r, objective, best);
    List<Entry> entries = new ArrayList<>();
    for (int i : order) {
      entries.add(new Entry(plans.get(i), r.hire(i), r.hireCi(i), r.atTarget(i), r.atTargetCi(i), r.expectedOffer(i),
          r.hireDifference(0, i), r.atTargetDifference(0, i), r.offerDifference(0, i), objective.difference(r, best, i),
          same[i], passRates(r, i)));
    }
    return new Ranking(objective, seed, runs, plans.get(0), ImmutableList.copyOf(entries));
  }

  private double[] passRates(Field.Result r, int i) {
    double[] out = new double[loop.rounds().size()];
    for (int round = 0; round < out.length; round++) {
      out[round] = r.passRate(i, round);
    }
    return out;
  }

  /**
   * Whether each plan is as good as the best: a two-sided paired z-test of each against the best,
   * Holm-corrected across them (Holm 1979), so "as good as the best" may hold for several.
   */
  static boolean[] holmSameAsBest(Field.Result r, Objective objective, int best) {
    int k = r.size();
    boolean[] same = new boolean[k];
    same[best] = true;
    List<double[]> tests = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      if (i == best) {
        continue;
      }
      double[] d = objective.difference(r, best, i);
      double se = d[1] / Wilson.Z95;
      double p = se == 0 ? (d[0] == 0 ? 1 : 0) : 2 * (1 - NormalCdf.phi(Math.abs(d[0]) / se));
      tests.add(new double[] {p, i});
    }
    tests.sort(Comparator.comparingDouble((double[] t) -> t[0]).thenComparingDouble(t -> t[1]));
    int m = tests.size();
    boolean rejecting = true;
    for (int j = 0; j < m; j++) {
      double[] t = tests.get(j);
      rejecting &= t[0] <= ALPHA / (m - j);
      same[(int) t[1]] = !rejecting;
    }
    return same;
  }
}
