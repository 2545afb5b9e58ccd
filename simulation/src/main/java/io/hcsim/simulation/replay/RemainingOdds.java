package io.hcsim.simulation.replay;

import io.hcsim.core.competency.Proficiency;
import io.hcsim.core.rating.Scorecard;
import io.hcsim.core.signal.Belief;
import io.hcsim.core.signal.SignalModel;
import io.hcsim.simulation.estimate.Wilson;
import io.hcsim.simulation.random.DrawSite;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.random.StructuredNormals;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.HeldRounds;
import io.hcsim.simulation.run.LoopOutcome;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The odds of an unfinished loop: its remaining rounds played many times by the engine ({@link
 * LoopRunner#resume}, after the held scorecards) for candidates drawn from the committee's current
 * belief (each competency normal around its posterior mean with its posterior SD, tied as the
 * applicant pool's structure ties them: a general factor and clusters, at the pool's consistency). Every rule
 * of the simulated loop applies, anchoring on the held ratings included where the loop shows
 * them; pay is not weighed, since a scorecard states no expectation.
 */
final class RemainingOdds {
  private RemainingOdds() {}

  static Remaining estimate(LoopPlan plan, List<Scorecard> held, long seed, long runs) {
    SignalModel signal = plan.signal();
    int n = plan.catalogue().competencies().size();
    Belief now = new Belief(n);
    signal.evaluate(signal.codes(held), now);
    HeldRounds heldRounds = HeldRounds.of(plan, held);
    List<Integer> todo = new ArrayList<>();
    for (int r = 0; r < plan.rounds().size(); r++) {
      String id = plan.rounds().get(r).id();
      if (!plan.rounds().get(r).decides() && held.stream().noneMatch(c -> c.roundId().equals(id))) {
        todo.add(r);
      }
    }
    double consistency = plan.catalogue().pool().consistency();
    Draws draws = new Draws(seed);
    StructuredNormals normals = new StructuredNormals(plan.catalogue().pool().structure(),
        DrawSite.REMAINING, plan.catalogue().competencies().ids());
    double[] factors = new double[normals.draws()];
    int k = todo.size();
    long[] leanHireRuns = new long[k];
    long[] leanHireOffers = new long[k];
    long offers = 0;
    double[] a = new double[n];
    Candidate candidate = new Candidate(n);
    LoopRunner runner = new LoopRunner(plan);
    for (long run = 0; run < runs; run++) {
      long key = draws.runKey(run);
      normals.fill(key, a, factors);
      for (int c = 0; c < n; c++) {
        a[c] = Proficiency.clamp(now.mean(c) + now.sd(c) * a[c]);
      }
      candidate.setApplicant(a, consistency);
      LoopOutcome outcome = runner.resume(key, candidate, heldRounds);
      boolean hired = outcome.hired();
      offers += hired ? 1 : 0;
      for (int i = 0; i < k; i++) {
        // A round not reached counts as not Lean Hire: the loop ended before it.
        int r = todo.get(i);
        if (r < outcome.roundsReached() && outcome.recommended(r)) {
          leanHireRuns[i]++;
          leanHireOffers[i] += hired ? 1 : 0;
        }
      }
    }
    Optional<String> decisive = Optional.empty();
    double best = -1;
    for (int i = 0; i < k; i++) {
      long other = runs - leanHireRuns[i];
      if (leanHireRuns[i] == 0 || other == 0) {
        continue;
      }
      double swing = leanHireOffers[i] / (double) leanHireRuns[i] - (offers - leanHireOffers[i]) / (double) other;
      if (swing > best) {
        best = swing;
        decisive = Optional.of(plan.rounds().get(todo.get(i)).id());
      }
    }
    Wilson ci = Wilson.of95(offers, runs);
    return new Remaining(runs, offers / (double) runs, ci.low(), ci.high(), decisive, Math.max(best, 0));
  }
}
