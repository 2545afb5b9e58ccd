package io.hcsim.simulation.run;

import io.hcsim.core.committee.Committee;
import io.hcsim.core.committee.Tally;
import io.hcsim.core.signal.Belief;
import io.hcsim.core.signal.RatingModel;
import io.hcsim.core.signal.SignalModel;
import io.hcsim.simulation.random.Draws;
import java.util.Arrays;

/**
 * Plays one loop for one candidate. For round r, persona p and competency c:
 *
 * <pre>
 *   observed = a_c + f + g_r + e        (true proficiency, loop form, round form, rater error)
 * </pre>
 *
 * pulled toward the panel's earlier ratings when the loop shows them, then cut into 1-4 by the
 * persona's {@link RatingModel} (which takes its severity off). The interviewer recommends from
 * the weighted ratings (a must-have at Strong No makes it Strong No); a compensation expectation
 * beyond the band costs a step where the round checks it; a veto or an uncleared gate ends the
 * loop. The committee then decides from the cumulative signal.
 *
 * <p>Not thread-safe: one runner per thread. Summary mode ({@link #run}) allocates nothing.
 */
public final class LoopRunner {
  private final LoopPlan plan;
  private final SignalModel signal;
  private final int[] codes;
  private final Tally tally = new Tally();
  private final Belief belief;
  private final LoopOutcome outcome = new LoopOutcome();

  public LoopRunner(LoopPlan plan) {
    this.plan = plan;
    this.signal = plan.signal;
    this.codes = new int[plan.competencyCount];
    this.belief = new Belief(plan.competencyCount);
  }

  public LoopPlan plan() {
    return plan;
  }

  /** Runs loop number {@code run} of an experiment whose draws come from {@code runKey}. */
  public LoopOutcome run(long runKey, Candidate candidate) {
    return play(runKey, candidate, null);
  }

  /** Runs the same loop as {@link #run} and records every step of it (for a debrief). */
  public LoopRecord trace(long run, long runKey, Candidate candidate) {
    TraceRecorder recorder = new TraceRecorder(plan, run, candidate);
    play(runKey, candidate, recorder);
    return recorder.record();
  }

  LoopOutcome play(long runKey, Candidate cand, Tracer tracer) {
    LoopPlan p = plan;
    Arrays.fill(codes, 0);
    tally.reset();
    LoopOutcome out = outcome;
    out.passedMask = 0;
    out.recommendedMask = 0;
    out.offer = 0;
    out.stoppedByCompensation = false;
    int n = p.rounds.size();
    double loopForm = p.loopFormSd * Draws.gaussian(runKey, p.loopFormSite);
    double roundScale = p.roundFormSd * Math.sqrt(RatingModel.consistencyFactor(cand.consistency));
    double scoreSum = 0;
    int scoreCount = 0;
    int endedAt = n;
    int reached = 0;
    int decision = Committee.NO_HIRE;
    boolean decided = false;

    for (int r = 0; r < n; r++) {
      reached = r + 1;
      if (p.decides[r]) {
        decision = decide();
        decided = true;
        endedAt = r;
        if (decision >= 0) {
          out.passedMask |= 1L << r;
          out.recommendedMask |= 1L << r;
        }
        break;
      }
      RatingModel model = p.model[r];
      double form = loopForm + roundScale * Draws.gaussian(runKey, p.roundFormSite[r]);
      boolean anchored = p.showEarlierFeedback && scoreCount > 0 && p.anchoring[r] > 0;
      double anchor = anchored ? model.latentOf(scoreSum / scoreCount) : 0;
      double alpha = p.anchoring[r];
      int[] focus = p.focus[r];
      double weighted = 0;
      boolean mustHaveFailed = false;
      boolean vetoed = false;
      for (int i = 0; i < focus.length; i++) {
        int c = focus[i];
        double observed = cand.proficiency[c] + form + p.raterNoise[r] * Draws.gaussian(runKey, p.raterSite[r][i]);
        if (anchored) {
          observed = (1 - alpha) * observed + alpha * anchor;
        }
        int score = model.score(observed);
        scoreSum += score;
        codes[c] += p.codeIncrement[r][i * 5 + score];
        weighted += p.focusWeight[r][i] * score;
        mustHaveFailed |= score == 1 && p.mustHave[r][i];
        vetoed |= score == 1 && p.veto[r] == c;
        if (tracer != null) {
          tracer.rating(r, c, observed, score);
        }
      }
      scoreCount += focus.length;
      int recommendation = mustHaveFailed ? 1 : recommendationOf(weighted);
      boolean compensationStep = p.checksCompensation[r] && cand.compensation > p.compensationLimit;
      boolean loweredForPay = compensationStep && recommendation > 1;
      if (loweredForPay) {
        recommendation--;
      }
      tally.add(recommendation);
      vetoed |= p.veto[r] == -1 && recommendation == 1;
      boolean stopped = vetoed || recommendation < p.gateMinimum[r];
      if (recommendation >= 3) {
        out.recommendedMask |= 1L << r;
      }
      if (!stopped) {
        out.passedMask |= 1L << r;
      }
      if (tracer != null) {
        tracer.roundEnd(r, recommendation, compensationStep, vetoed, stopped, codes);
      }
      if (stopped) {
        out.stoppedByCompensation = loweredForPay && !vetoed && recommendation + 1 >= p.gateMinimum[r];
        endedAt = r;
        decided = true;
        decision = Committee.NO_HIRE;
        break;
      }
    }
    if (!decided) {
      decision = decide();
    }
    out.decision = decision;
    out.roundsReached = reached;
    out.endedAt = endedAt;
    finish(out, cand);
    if (tracer != null) {
      tracer.decided(out, codes);
    }
    return out;
  }

  /** The committee's decision from the signal so far; also leaves the overall in the outcome. */
  private int decide() {
    summarise(outcome);
    return plan.committee.decide(belief.overallMean(), belief.overallSd(), belief.widestSd(), fullyAssessed(), tally);
  }

  /** Whether every competency that counts in the overall has been rated at least once. */
  private boolean fullyAssessed() {
    for (int c = 0; c < codes.length; c++) {
      if (codes[c] == 0 && plan.weights[c] > 0) {
        return false;
      }
    }
    return true;
  }

  private void summarise(LoopOutcome out) {
    signal.evaluate(codes, belief);
    out.overallMean = belief.overallMean();
    out.overallSd = belief.overallSd();
  }

  private void finish(LoopOutcome out, Candidate cand) {
    if (out.decision >= 0) {
      out.offer = plan.committee.offer(out.decision, out.overallMean, cand.competingOffers);
      out.concern1 = -1;
      out.concern2 = -1;
      return;
    }
    if (out.endedAt < plan.rounds.size() && !plan.decides[out.endedAt]) {
      summarise(out);
    }
    if (out.stoppedByCompensation) {
      // The pay expectation, not a competency, ended it.
      out.concern1 = -1;
      out.concern2 = -1;
      return;
    }
    // The competencies with the largest weighted shortfall below the target bar, among those rated.
    int first = -1;
    int second = -1;
    double firstGap = 0;
    double secondGap = 0;
    for (int c = 0; c < codes.length; c++) {
      if (codes[c] == 0 || plan.weights[c] == 0) {
        continue;
      }
      double gap = plan.weights[c] * (plan.targetBar - belief.mean(c));
      if (gap > firstGap) {
        second = first;
        secondGap = firstGap;
        first = c;
        firstGap = gap;
      } else if (gap > secondGap) {
        second = c;
        secondGap = gap;
      }
    }
    out.concern1 = first;
    out.concern2 = second;
  }

  /** The overall recommendation from a weighted mean rating: nearest point of the scale. */
  static int recommendationOf(double weightedScore) {
    if (weightedScore >= 3.5) {
      return 4;
    }
    if (weightedScore >= 2.5) {
      return 3;
    }
    return weightedScore >= 1.5 ? 2 : 1;
  }
}
