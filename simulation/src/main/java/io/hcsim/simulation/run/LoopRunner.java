package io.hcsim.simulation.run;

import io.hcsim.core.committee.Committee;
import io.hcsim.core.committee.Tally;
import io.hcsim.core.committee.CommitteePolicy;
import io.hcsim.core.normal.CdfThreshold;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.signal.Belief;
import io.hcsim.core.signal.RatingModel;
import io.hcsim.core.signal.SignalModel;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.trace.LoopRecord;
import io.hcsim.simulation.trace.Stop;
import java.util.Arrays;
import java.util.function.DoubleSupplier;

/**
 * Plays one loop for one candidate. For round r, persona p and competency c:
 *
 * <pre>
 *   observed = a_c + d + f + g_r + e    (true proficiency, readiness, loop form, round form, rater error)
 * </pre>
 *
 * then cut into 1-4 by the persona's {@link RatingModel} (which takes its severity off). When the
 * loop shows earlier feedback, each observation is first pulled toward what the interviewer read:
 * the earlier ratings of the same competency when there are any (weight alpha), else the
 * overall impression of the earlier rounds with half that weight (Kataoka, Latham and Whyte 1997:
 * raters move toward the anchor they are given), and its own observation is noisier, by the
 * loop's noiseAfterReading (Dougherty, Turban and Callender 1994: interviewers who have formed an
 * impression beforehand gather less information). The interviewer recommends from the weighted
 * ratings (a must-have at Strong No makes it Strong No); where the round checks pay, an
 * expectation over the band's top costs a step with a probability that grows with the ask.
 *
 * <p>Each round can end the loop: a veto, a must-have at Strong No, a recommendation under the
 * round's gate, or — read before another interview is scheduled — a cumulative signal that puts
 * the lowest level the committee may offer out of reach (P(overall >= its bar) under the round's
 * continueAbove). Otherwise the committee decides from the cumulative signal.
 *
 * <p>Not thread-safe: one runner per thread. Summary mode ({@link #run}) allocates nothing.
 */
public final class LoopRunner {
  private final LoopPlan plan;
  private final SignalModel signal;
  private final int[] codes;
  /** Per competency: sum and count of its earlier ratings in this loop (the anchor when shown). */
  private final double[] earlierSum;
  private final int[] earlierCount;
  /** This round's scores, by place in its focus. */
  private final int[] roundScores;
  /** This round's normals: its form, then each focus place's rater error. */
  private final double[] roundDraws;
  private final Tally tally = new Tally();
  /** Failed interviews of this loop whose fail went to the committee (played through). */
  private int heldFails;
  /** A veto, a must-have at Strong No or a second Strong No given on a day played through, which ends it at its last interview. */
  private Stop heldStop = Stop.NONE;
  private int heldStrongNos;
  private final Belief belief;
  private final LoopOutcome outcome = new LoopOutcome(this);
  /**
   * Whether this loop's answers may come from, and go to, the plan's {@link EarlyRounds}: not for
   * a resumed loop, whose score history leaves out the held ratings.
   */
  private boolean remembering;
  /**
   * Whether {@link #belief} holds the factors' posterior for the codes as they are now ({@link
   * SignalModel#foldOverall}), and {@link #foldedMean} its overall mean: set by the first reading
   * of a round's codes, cleared when a round adds ratings, so that the owner's SD, the committee and
   * the reasons read the same fold instead of folding again.
   */
  private boolean folded;
  private double foldedMean;
  /** The committee's question for a close call, asked of this runner's last overall. */
  private final DoubleSupplier widestSd = this::lastWidestSd;

  public LoopRunner(LoopPlan plan) {
    this.plan = plan;
    this.signal = plan.signal;
    this.codes = new int[plan.competencyCount];
    this.earlierSum = new double[plan.competencyCount];
    this.earlierCount = new int[plan.competencyCount];
    this.roundScores = new int[plan.competencyCount];
    this.roundDraws = new double[plan.competencyCount + 1];
    this.belief = new Belief(plan.competencyCount);
  }

  public LoopPlan plan() {
    return plan;
  }

  /** Runs loop number {@code run} of an experiment whose draws come from {@code runKey}. */
  public LoopOutcome run(long runKey, Candidate candidate) {
    return play(runKey, candidate, null, null);
  }

  /** Runs the same loop as {@link #run}, telling {@code tracer} every rating and round (a study's pooled ratings). */
  public LoopOutcome run(long runKey, Candidate candidate, Tracer tracer) {
    return play(runKey, candidate, null, tracer);
  }

  /**
   * Plays the rounds of an unfinished loop that are not held, on the draws of {@code runKey}, for
   * a candidate of these proficiencies, after the held rounds' real ratings: what the loop ends
   * with if it goes on. Held rounds count as passed and keep their recommendations.
   */
  public LoopOutcome resume(long runKey, Candidate candidate, HeldRounds held) {
    return play(runKey, candidate, held, null);
  }

  /** Runs the same loop as {@link #run} and records every step of it (for a debrief). */
  public LoopRecord trace(long run, long runKey, Candidate candidate) {
    TraceRecorder recorder = new TraceRecorder(plan, run, candidate);
    play(runKey, candidate, null, recorder);
    return recorder.record();
  }

  LoopOutcome play(long runKey, Candidate cand, HeldRounds held, Tracer tracer) {
    LoopPlan p = plan;
    boolean anchoringOn = p.showEarlierFeedback;
    tally.reset();
    LoopOutcome out = outcome;
    out.passedMask = 0;
    out.recommendedMask = 0;
    out.strongNoCount = 0;
    double scoreSum = 0;
    int scoreCount = 0;
    remembering = held == null;
    folded = false;
    if (held == null) {
      for (int c = 0; c < codes.length; c++) { // a dozen ints: a plain loop beats Arrays.fill's call
        codes[c] = 0;
      }
      if (anchoringOn) {
        Arrays.fill(earlierSum, 0);
        Arrays.fill(earlierCount, 0);
      }
    } else {
      System.arraycopy(held.codes, 0, codes, 0, codes.length);
      System.arraycopy(held.ratingSum, 0, earlierSum, 0, earlierSum.length);
      System.arraycopy(held.ratingCount, 0, earlierCount, 0, earlierCount.length);
      scoreSum = held.scoreSum;
      scoreCount = held.scoreCount;
      for (int score : held.recommendation) {
        if (score > 0) {
          tally.add(score);
        }
      }
      out.strongNoCount = held.strongNos();
    }
    out.offer = 0;
    out.meetsExpectation = false;
    out.stop = Stop.NONE;
    out.overallPending = false;
    int n = p.rounds.size();
    // Readiness shifts every rating of the loop alike, as the loop's form does, but is no draw.
    double loopForm = cand.readiness + p.loopFormSd * Draws.gaussian(runKey, p.loopFormSite);
    double roundScale = p.roundFormSd * Math.sqrt(RatingModel.consistencyFactor(cand.consistency));
    double payConcern = cand.compensation > p.bandTop ? p.committee.policy().payConcern(cand.compensation, p.bandTop) : 0;
    boolean payFitsNext = cand.compensation <= p.nextBandTop;
    out.raisedLevel = false;
    heldFails = 0;
    heldStrongNos = 0;
    heldStop = Stop.NONE;
    int endedAt = n;
    int reached = 0;
    int decision = Committee.NO_HIRE;
    boolean decided = false;
    long history = 0;

    for (int r = 0; r < n; r++) {
      reached = r + 1;
      RoundPlan round = p.round[r];
      if (held != null && held.has(r)) {
        // Taken place: the loop went on after it, with its real recommendation.
        out.passedMask |= 1L << r;
        out.recommendedMask |= (long) (~(held.recommendation[r] - 3) >>> 31) << r;
        continue;
      }
      if (round.decides) {
        decision = decide();
        decided = true;
        endedAt = r;
        if (decision >= 0) {
          out.passedMask |= 1L << r;
          out.recommendedMask |= 1L << r;
        }
        break;
      }
      RatingModel model = round.model;
      int[] focus = round.focus;
      double[] drawn = roundDraws;
      Draws.gaussians(runKey, round.drawSites, drawn, focus.length + 1);
      folded = false; // this round's ratings change the codes
      double form = loopForm + roundScale * drawn[0];
      double alpha = anchoringOn ? round.anchoring : 0;
      double impression = alpha > 0 && scoreCount > 0 ? model.latentOf(scoreSum / scoreCount) : 0;
      int[] increments = round.codeIncrement;
      double[] weightedScore = round.weightedScore;
      // An interviewer who has read earlier feedback gathers less evidence of its own.
      double noise = alpha > 0 && scoreCount > 0 ? round.raterNoise * p.noiseAfterReading : round.raterNoise;
      double weighted = 0;
      long strongNos = 0; // bit i: focus place i rated Strong No
      for (int i = 0; i < focus.length; i++) {
        int c = focus[i];
        double observed = cand.proficiency[c] + form + noise * drawn[i + 1];
        if (alpha > 0) {
          if (earlierCount[c] > 0) {
            observed = (1 - alpha) * observed + alpha * model.latentOf(earlierSum[c] / earlierCount[c]);
          } else if (scoreCount > 0) {
            double half = 0.5 * alpha;
            observed = (1 - half) * observed + half * impression;
          }
        }
        int score = model.score(observed);
        history = EarlyRounds.extend(history, score);
        roundScores[i] = score;
        codes[c] += increments[i * 5 + score];
        weighted += weightedScore[i * 5 + score]; // looked up: no conversion and multiply in the chain
        strongNos |= (long) ((score - 2) >>> 31) << i;
        if (tracer != null) {
          tracer.rating(r, c, observed, score);
        }
      }
      RoundRules rules = round.rules;
      if (anchoringOn) {
        // What the next interviewers read: this round's ratings join the earlier ones.
        for (int i = 0; i < focus.length; i++) {
          int c = focus[i];
          int score = roundScores[i];
          earlierSum[c] += score;
          earlierCount[c]++;
          scoreSum += score;
          scoreCount++;
        }
      }
      int recommendation = rules.recommendation(nearestScore(weighted), strongNos);
      // Far over the band the recruiter acts: it proposes the next level where the ask fits that
      // level's band and the screen found the candidate strong (Strong Hire), else it ends the process.
      boolean payActs = payConcern > 0 && rules.checksCompensation && Draws.uniform(runKey, round.paySite) < payConcern;
      boolean raise = payActs & payFitsNext & recommendation == 4;
      out.raisedLevel |= raise;
      tally.add(recommendation);
      // Without branches, as the ratings: the recommendation cannot be predicted.
      out.recommendedMask |= (long) (~(recommendation - 3) >>> 31) << r;
      out.strongNoCount += (recommendation - 2) >>> 31;
      Stop verdict = rules.verdict(strongNos, recommendation, payActs & !raise, out.strongNoCount, heldFails);
      Stop stop = rules.ends(verdict, heldStop);
      heldStop = rules.holds(verdict, heldStop);
      heldFails += rules.failHeld(recommendation) ? 1 : 0;
      heldStrongNos += rules.failHeld(recommendation) & recommendation == 1 ? 1 : 0;
      // The owner's reading of the feedback so far, at the target level: whether to go on after a
      // pass, or whether the signal is strong enough to override a fail.
      if (stop.readsSignal()) {
        if (round.continueAbove >= 0) {
          stop = stop.afterReading(signalClears(r, round.continueRule, history));
        }
      } else if (rules.mayOverride(stop, recommendation, heldStrongNos)) {
        stop = stop.overridden(signalClears(r, p.overrideRule, history));
      }
      if (tracer != null) {
        tracer.roundEnd(r, recommendation, payActs, stop, codes);
      }
      if (stop == Stop.NONE) {
        out.passedMask |= 1L << r;
      }
      if (stop != Stop.NONE) {
        out.stop = stop;
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
    finish(out, cand, history);
    if (tracer != null) {
      tracer.decided(out, codes);
    }
    return out;
  }

  /**
   * Whether P(overall >= the target's bar) reaches the threshold after round r, as the owner reads
   * the signal; remembered by the history of scores in the first rounds (a round's scores settle
   * whether it passed, and so which threshold the owner applies after it).
   */
  private boolean signalClears(int r, CdfThreshold threshold, long history) {
    if (!remembering) {
      return signalClears(threshold);
    }
    int known = plan.early.clears(r, history);
    if (known != 0) {
      return known > 0;
    }
    boolean clears = signalClears(threshold);
    plan.early.rememberClears(r, history, clears);
    return clears;
  }

  private boolean signalClears(CdfThreshold continueAbove) {
    // Most readings are settled by which side of the bar the overall's mean is on, given how wide
    // its SD can ever be; the rest take the SD too. The mean is the one the full signal has.
    double mean = fold();
    int quick = continueAbove.bySign(mean - plan.targetBar, plan.overallSdBound);
    if (quick != 0) {
      return quick > 0;
    }
    signal.completeOverall(codes, mean, belief);
    return continueAbove.reached((belief.overallMean() - plan.targetBar) / belief.overallSd());
  }

  /** The overall's mean for the codes as they are, with the factors' posterior left in the belief. */
  private double fold() {
    if (!folded) {
      foldedMean = signal.foldOverall(codes, belief);
      folded = true;
    }
    return foldedMean;
  }

  /**
   * The committee's decision from the signal so far; also leaves the overall in the outcome. The
   * widest SD is worked out only for a close call, the competencies' means only if no offer follows.
   */
  private int decide() {
    LoopOutcome out = outcome;
    signal.completeOverall(codes, fold(), belief);
    out.overallMean = belief.overallMean();
    out.overallSd = belief.overallSd();
    int decision = plan.committee.decide(out.overallMean, out.overallSd, widestSd, plan.fullyAssessed(codes), tally);
    return decision >= 0 ? readPacket(decision) : decision;
  }

  /**
   * The committee reads the packet before it offers: a Strong No stands unless the loop lets it
   * overrule one; a failed interview in the packet needs the signal that would have overridden it;
   * a level the recruiter proposed over pay must be the one offered; and a glaring weakness (a
   * rated competency whose own ratings put it far under the target's bar, {@link
   * SignalModel#evidenceMean}) declines it.
   */
  private int readPacket(int decision) {
    LoopOutcome out = outcome;
    CommitteePolicy policy = plan.committee.policy();
    if (out.strongNoCount > 0 && !policy.overrulesStrongNo()) {
      return Committee.NO_HIRE;
    }
    if (heldFails > 0 && !(policy.overrides()
        && plan.overrideRule.reached((out.overallMean - plan.targetBar) / out.overallSd))) {
      return Committee.NO_HIRE;
    }
    if (out.raisedLevel && decision <= plan.targetIndex) {
      return Committee.NO_HIRE;
    }
    for (int c = 0; c < codes.length; c++) {
      if (codes[c] != 0 && plan.weights[c] > 0 && signal.evidenceMean(c, codes[c]) < plan.weaknessFloor) {
        return Committee.NO_HIRE;
      }
    }
    return decision;
  }

  private double lastWidestSd() {
    return signal.widestSd(codes, belief);
  }


  /** The overall of this runner's last loop, into its outcome (see LoopOutcome.overallPending). */
  void fillOverall(LoopOutcome out) {
    signal.evaluateOverall(codes, belief);
    out.overallMean = belief.overallMean();
    out.overallSd = belief.overallSd();
  }

  private void finish(LoopOutcome out, Candidate cand, long history) {
    if (out.decision >= 0) {
      out.offer = plan.committee.offer(out.decision, out.overallMean, cand.competingOffers, cand.bestCompeting,
          cand.currentPay);
      out.meetsExpectation = cand.compensation >= 0 && out.offer >= cand.compensation;
      out.concern1 = -1;
      out.concern2 = -1;
      return;
    }
    boolean decidedByCommittee = out.endedAt < plan.rounds.size() && plan.round[out.endedAt].decides;
    if (!decidedByCommittee) {
      // Ended by a round: the overall only if someone asks (nothing in an experiment does).
      out.overallPending = true;
    }
    if (out.stop == Stop.PAY) {
      // The pay expectation, not a competency, ended it.
      out.concern1 = -1;
      out.concern2 = -1;
      return;
    }
    // Ended by a round (not by the committee, nor by the rule after the last interview).
    boolean byRound = out.endedAt < plan.rounds.size() && !decidedByCommittee;
    boolean memo = byRound && remembering;
    int known = memo ? plan.early.concerns(out.endedAt, history) : 0;
    if (known != 0) {
      out.concern1 = EarlyRounds.first(known);
      out.concern2 = EarlyRounds.second(known);
      return;
    }
    fold();
    signal.completeMeans(codes, belief);
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
    if (memo) {
      plan.early.rememberConcerns(out.endedAt, history, first, second);
    }
  }

  /**
   * {@link Rating#nearestScore} without branches, for the weighted mean of ratings (never NaN);
   * w >= v exactly when w - v is +0 or positive, as in {@link RatingModel#score}.
   */
  static int nearestScore(double weighted) {
    double w = weighted + Rating.HALF_TOLERANCE; // a half that binary fractions put a hair under it
    return 4 - (int) (Double.doubleToRawLongBits(w - 1.5) >>> 63)
        - (int) (Double.doubleToRawLongBits(w - 2.5) >>> 63)
        - (int) (Double.doubleToRawLongBits(w - 3.5) >>> 63);
  }


}
