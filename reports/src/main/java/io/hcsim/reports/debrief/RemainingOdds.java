package io.hcsim.reports.debrief;

import io.hcsim.core.committee.Tally;
import io.hcsim.core.competency.Proficiency;
import io.hcsim.core.loop.Round;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.rating.Scorecard;
import io.hcsim.core.signal.Belief;
import io.hcsim.core.signal.NormalCdf;
import io.hcsim.core.signal.RatingModel;
import io.hcsim.core.signal.SignalModel;
import io.hcsim.simulation.experiment.Wilson;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.Stop;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The odds of an unfinished loop: its remaining rounds played many times for candidates drawn
 * from the committee's current belief (each competency normal around its posterior mean with its
 * posterior SD, tied by the applicant pool's correlation through one shared factor), each rating
 * made by the round's persona as in the engine, then the committee's rule applied to the old and
 * new ratings together. Interviewers are taken to write before reading the earlier scorecards
 * (a loop that shows them would anchor the remaining ratings a little), and pay is not weighed.
 */
final class RemainingOdds {
  /** What {@link #play} returns when the round's persona vetoed on a competency it rated Strong No. */
  private static final int VETOED = 0;
  /** What {@link #play} returns when a must-have competency was rated Strong No (the recommendation is Strong No). */
  private static final int MUST_HAVE = -1;

  private RemainingOdds() {}

  static Remaining estimate(LoopPlan plan, List<Scorecard> held, long seed, long runs) {
    SignalModel signal = plan.signal();
    int n = plan.catalogue().competencies().size();
    int[] base = signal.codes(held);
    Belief now = new Belief(n);
    signal.evaluate(base, now);
    List<Integer> todo = new ArrayList<>();
    for (int r = 0; r < plan.rounds().size(); r++) {
      String id = plan.rounds().get(r).id();
      if (held.stream().noneMatch(c -> c.roundId().equals(id))) {
        todo.add(r);
      }
    }
    double rho = plan.catalogue().pool().correlation();
    double shared = Math.sqrt(rho);
    double own = Math.sqrt(1 - rho);
    double roundSd = plan.loop().roundFormSd() * Math.sqrt(RatingModel.consistencyFactor(plan.catalogue().pool().consistency()));
    Draws draws = new Draws(seed);
    long sharedSite = Draws.site("remaining", "candidate-factor");
    long loopSite = Draws.site("remaining", "loop-form");
    long[] competencySite = new long[n];
    for (int c = 0; c < n; c++) {
      competencySite[c] = Draws.site("remaining", "candidate", plan.catalogue().competencies().get(c).id());
    }
    int k = todo.size();
    long[] leanHireRuns = new long[k];
    long[] leanHireOffers = new long[k];
    long offers = 0;
    double[] a = new double[n];
    int[] codes = new int[n];
    int[] recommended = new int[k];
    Belief belief = new Belief(n);
    Tally tally = new Tally();
    int heldStrongNos = (int) held.stream().filter(card -> card.recommendation() == Rating.STRONG_NO).count();
    for (long run = 0; run < runs; run++) {
      long key = draws.runKey(run);
      double z = Draws.gaussian(key, sharedSite);
      for (int c = 0; c < n; c++) {
        a[c] = Proficiency.clamp(now.mean(c) + now.sd(c) * (shared * z + own * Draws.gaussian(key, competencySite[c])));
      }
      System.arraycopy(base, 0, codes, 0, n);
      tally.reset();
      held.forEach(card -> tally.add(card.recommendation()));
      double loopForm = plan.loop().loopFormSd() * Draws.gaussian(key, loopSite);
      boolean stopped = false;
      int strongNos = heldStrongNos;
      java.util.Arrays.fill(recommended, -1);
      for (int i = 0; i < k && !stopped; i++) {
        int r = todo.get(i);
        Round round = plan.rounds().get(r);
        if (round.decides()) {
          break;
        }
        int rec = play(plan, r, round, a, loopForm + roundSd * Draws.gaussian(key, Draws.site("remaining", "round", round.id())),
            key, codes);
        boolean vetoed = rec == VETOED || plan.veto(r) == -1 && rec == 1;
        boolean mustHave = rec == MUST_HAVE;
        int recommendation = mustHave ? 1 : rec;
        if (!vetoed) {
          tally.add(recommendation);
        }
        recommended[i] = recommendation >= Rating.LEAN_HIRE.score() ? 1 : 0;
        strongNos += recommendation == 1 ? 1 : 0;
        // The engine's own stop rules (pay is not weighed here).
        Stop stop = Stop.afterRound(vetoed, mustHave, recommendation, round.gate().map(g -> g.minimum().score()).orElse(0),
            false, strongNos);
        if (stop.readsSignal() && plan.continueAbove(r) >= 0) {
          signal.evaluate(codes, belief);
          stop = stop.afterReading(
              NormalCdf.phi((belief.overallMean() - plan.lowestBar()) / belief.overallSd()) >= plan.continueAbove(r));
        }
        stopped = stop != Stop.NONE;
      }
      boolean hired = false;
      if (!stopped) {
        signal.evaluate(codes, belief);
        hired = plan.committee().decide(belief.overallMean(), belief.overallSd(), belief.widestSd(),
            ScoreReplay.fullyAssessed(plan, codes), tally) >= 0;
      }
      offers += hired ? 1 : 0;
      for (int i = 0; i < k; i++) {
        if (recommended[i] == 1) {
          leanHireRuns[i]++;
          leanHireOffers[i] += hired ? 1 : 0;
        }
      }
    }
    Optional<String> decisive = Optional.empty();
    double best = -1;
    for (int i = 0; i < k; i++) {
      Round round = plan.rounds().get(todo.get(i));
      long other = runs - leanHireRuns[i];
      if (round.decides() || leanHireRuns[i] == 0 || other == 0) {
        continue;
      }
      // Runs where the round was not reached count as "not Lean Hire": the loop ended before it.
      double swing = leanHireOffers[i] / (double) leanHireRuns[i] - (offers - leanHireOffers[i]) / (double) other;
      if (swing > best) {
        best = swing;
        decisive = Optional.of(round.id());
      }
    }
    Wilson ci = Wilson.of95(offers, runs);
    return new Remaining(runs, offers / (double) runs, ci.low(), ci.high(), decisive, Math.max(best, 0));
  }

  /**
   * One round's ratings and recommendation (1-4, or {@link #VETOED} or {@link #MUST_HAVE}) for a candidate with
   * proficiencies {@code a}; adds the ratings' codes.
   */
  private static int play(LoopPlan plan, int r, Round round, double[] a, double form, long key, int[] codes) {
    Persona persona = plan.loop().persona(round);
    RatingModel model = RatingModel.of(persona, plan.target());
    double weighted = 0;
    double weights = 0;
    boolean mustHaveFailed = false;
    boolean vetoed = false;
    for (var e : round.focus().entrySet()) {
      int c = plan.catalogue().competencies().indexOf(e.getKey());
      double observed = a[c] + form + persona.noise() * Draws.gaussian(key, Draws.site("remaining", "rater", round.id(), e.getKey()));
      int score = model.score(observed);
      codes[c] += plan.signal().codeIncrement(r, c, score);
      weighted += e.getValue() * score;
      weights += e.getValue();
      mustHaveFailed |= score == 1 && round.mustHave().contains(e.getKey());
      vetoed |= score == 1 && plan.veto(r) == c;
    }
    if (vetoed) {
      return VETOED;
    }
    if (mustHaveFailed) {
      return MUST_HAVE;
    }
    return Rating.nearestScore(weighted / weights);
  }
}
