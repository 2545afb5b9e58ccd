package io.hcsim.simulation.run;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.committee.Committee;
import io.hcsim.core.committee.CommitteePolicy;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.persona.Veto;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.rating.Scorecard;
import io.hcsim.core.signal.Signal;
import io.hcsim.core.signal.SignalModel;
import io.hcsim.simulation.random.DrawSite;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.trace.RoundRecord;
import io.hcsim.simulation.trace.Stop;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One loop played as the model describes it, in plain code: the test oracle of {@link LoopRunner}.
 * It reads the {@link Loop}'s {@link Round}s and {@link Persona}s as they are, one rule a method
 * named as the model names it, and keeps none of the engine's speed-ups: no compiled round plans or
 * score tables, no weighted sums left undivided by the weights' total, no branch-free cuts or
 * masks, no veto or must-have bits, no memo of what the first rounds settle, no reading of the
 * signal by the sign of its mean. It uses the engine's addressed draws (a draw is a function of
 * the run's key and its site alone), so that its loop and the engine's can be compared run by run.
 *
 * <p>What it takes from {@code core} as given: the cumulative signal ({@link SignalModel#signal(List)},
 * whose tables SignalTablesTest pins to the plain computation) and the offer's place in the band
 * ({@link Committee#offer}, CommitteeTest). The committee's rules it applies itself, on the normal
 * CDF, without the engine's shortcut thresholds.
 *
 * <p>To change a rule of the model: change it here, in its method, and in the engine; the property
 * {@code ReferenceLoopProperties} then says whether the two still play the same loops.
 */
final class ReferenceLoop {
  private final Catalogue catalogue;
  private final Loop loop;
  private final Level target;
  private final List<Round> rounds;
  private final SignalModel signal;
  private final Committee committee;
  private final CommitteePolicy policy;
  /** The levels the committee may offer, ascending. */
  private final List<Level> window;

  ReferenceLoop(Catalogue catalogue, Loop loop, Level target) {
    this.catalogue = catalogue;
    this.loop = loop;
    this.target = target;
    this.rounds = loop.roundsFor(target, catalogue.levels());
    this.signal = new SignalModel(catalogue.competencies(), loop, rounds, target, catalogue.pool());
    this.committee = new Committee(loop.committee(), catalogue.levels(), target);
    this.policy = loop.committee();
    this.window = catalogue.levels().window(target, policy.levelsBelow(), policy.levelsAbove());
  }

  /**
   * How one loop ended.
   *
   * @param decision {@link Committee#NO_HIRE}, {@link Committee#HOLD} or the index of the level hired at
   * @param endedAt the round that ended the loop (a stop or the committee's own round), or the
   *     number of rounds when the rule was applied after the last interview
   * @param concerns the competencies cited when there is no offer, weakest first (at most two)
   * @param strongNos how many interviewers recommended Strong No
   * @param offer the offer, 0 without one
   * @param exactHalf some interviewer's weighted mean rating was exactly 1.5, 2.5 or 3.5
   */
  record Ending(int decision, Stop stop, int endedAt, List<String> concerns, int strongNos, long offer,
      boolean meetsExpectation, boolean exactHalf) {}

  /** One interview: the interviewer's ratings by competency id, and the recommendation it handed in. */
  record Interview(Round round, Map<String, Integer> ratings, int recommendation, boolean payEnds, boolean raisesLevel,
      boolean exactHalf) {
    Scorecard scorecard() {
      ImmutableMap.Builder<String, Rating> r = ImmutableMap.builder();
      ratings.forEach((id, score) -> r.put(id, Rating.ofScore(score)));
      return new Scorecard(round.id(), round.personaId(), r.buildOrThrow(), Rating.ofScore(recommendation));
    }
  }

  /** Plays the loop of the run whose draws come from {@code runKey}. */
  Ending play(long runKey, Candidate candidate) {
    List<Interview> held = new ArrayList<>();
    // The candidate's readiness moves every rating of the loop, as the loop's form does.
    double loopForm = candidate.readiness() + loop.loopFormSd() * Draws.gaussian(runKey, DrawSite.LOOP_FORM.key());
    for (int r = 0; r < rounds.size(); r++) {
      Round round = rounds.get(r);
      if (round.decides()) {
        return committeeDecides(r, held, candidate);
      }
      Interview interview = interview(runKey, candidate, round, loopForm, held);
      held.add(interview);
      Stop stop = whatEndsTheLoopAfter(r, interview, held);
      if (stop != Stop.NONE) {
        return ended(r, stop, held, Committee.NO_HIRE, candidate);
      }
    }
    return committeeDecides(rounds.size(), held, candidate);
  }

  // ---- One interview ----

  private Interview interview(long runKey, Candidate candidate, Round round, double loopForm, List<Interview> earlier) {
    Persona persona = loop.persona(round);
    // The round's normals, two to a word: its form, then a rater error per competency it rates.
    List<String> parts = new ArrayList<>();
    parts.add(DrawSite.FORM);
    parts.addAll(round.focus().keySet());
    double[] drawn = new double[parts.size()];
    Draws.gaussians(runKey, DrawSite.INTERVIEW.pairKeys(parts, round.id()), drawn, drawn.length);
    // The candidate's form today: the loop's, and the round's own, which swings more for a less consistent candidate.
    double roundForm = loop.roundFormSd() * Math.sqrt(2 * (1 - candidate.consistency)) * drawn[0];
    double form = loopForm + roundForm;
    boolean readsEarlierFeedback = loop.showEarlierFeedback() && !earlier.isEmpty();
    // Having read the earlier feedback, an interviewer gathers less evidence of its own.
    double noise = readsEarlierFeedback ? persona.noise() * loop.noiseAfterReading() : persona.noise();
    Map<String, Integer> ratings = new LinkedHashMap<>();
    for (String id : round.focus().keySet()) {
      double truth = candidate.proficiency[catalogue.competencies().indexOf(id)];
      double error = noise * drawn[parts.indexOf(id)];
      double observed = truth + form + error;
      if (readsEarlierFeedback) {
        observed = anchored(observed, persona, id, earlier);
      }
      ratings.put(id, cut(observed, persona));
    }
    WeightedMean mean = weightedMean(round, ratings);
    int recommendation = mustHaveAtStrongNo(round, ratings) ? 1 : mean.nearestScore();
    // Far over the band the recruiter acts: it proposes the next level where the ask fits that
    // level's band (and the committee may offer it) and the screen was Strong Hire, else it ends the process.
    boolean payActs = round.checksCompensation()
        && Draws.uniform(runKey, DrawSite.PAY.key(round.id())) < payConcern(candidate.compensation);
    boolean raises = payActs && recommendation == 4 && nextLevelFits(candidate.compensation);
    return new Interview(round, ratings, recommendation, payActs && !raises, raises, mean.exactHalf());
  }

  /**
   * Anchoring: pulled toward the earlier ratings of the same competency (weight alpha), else
   * toward the overall impression of the earlier ratings with half that weight; a mean rating is
   * read back onto the proficiency scale as the middle of its step on this interviewer's scale.
   */
  private double anchored(double observed, Persona persona, String competency, List<Interview> earlier) {
    double alpha = persona.anchoring();
    List<Integer> same = new ArrayList<>();
    List<Integer> all = new ArrayList<>();
    for (Interview i : earlier) {
      i.ratings().forEach((id, score) -> {
        all.add(score);
        if (id.equals(competency)) {
          same.add(score);
        }
      });
    }
    if (!same.isEmpty()) {
      return (1 - alpha) * observed + alpha * onTheScale(mean(same), persona);
    }
    double half = alpha / 2;
    return (1 - half) * observed + half * onTheScale(mean(all), persona);
  }

  private double onTheScale(double meanRating, Persona persona) {
    return target.bar() + persona.severity() + (meanRating - 2.5) * persona.cutWidth();
  }

  private static double mean(List<Integer> scores) {
    double sum = 0;
    for (int s : scores) {
      sum += s;
    }
    return sum / scores.size();
  }

  /**
   * The rating: what the interviewer observed, less its severity, against cuts at bar - w, bar and
   * bar + w of the target level: Strong No below the first, Strong Hire from the last.
   */
  private int cut(double observed, Persona persona) {
    double seen = observed - persona.severity();
    double bar = target.bar();
    double w = persona.cutWidth();
    if (seen >= bar + w) {
      return 4;
    }
    if (seen >= bar) {
      return 3;
    }
    return seen >= bar - w ? 2 : 1;
  }

  /** A must-have rated Strong No makes the interviewer's recommendation Strong No. */
  private static boolean mustHaveAtStrongNo(Round round, Map<String, Integer> ratings) {
    return round.mustHave().stream().anyMatch(id -> ratings.get(id) == 1);
  }

  /**
   * The focus-weighted mean rating, in the weights' own decimals (0.3 is 3/10, as the loop file
   * says), so that a mean of exactly 2.5 is 2.5 and rounds up.
   */
  private static WeightedMean weightedMean(Round round, Map<String, Integer> ratings) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Map.Entry<String, Integer> e : ratings.entrySet()) {
      BigDecimal w = BigDecimal.valueOf(round.focus().get(e.getKey()));
      sum = sum.add(w.multiply(BigDecimal.valueOf(e.getValue())));
      weights = weights.add(w);
    }
    return new WeightedMean(sum, weights);
  }

  /** sum / weights, kept as the two exact numbers. */
  private record WeightedMean(BigDecimal sum, BigDecimal weights) {
    private static final BigDecimal[] HALVES = {new BigDecimal("1.5"), new BigDecimal("2.5"), new BigDecimal("3.5")};

    /** The nearest point of the 1-4 scale, halves up. */
    int nearestScore() {
      int score = 1;
      for (BigDecimal half : HALVES) {
        score += sum.compareTo(half.multiply(weights)) >= 0 ? 1 : 0;
      }
      return score;
    }

    boolean exactHalf() {
      for (BigDecimal half : HALVES) {
        if (sum.compareTo(half.multiply(weights)) == 0) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The chance that the recruiter acts on the pay asked: none up to the target band's top, then
   * 1 - exp(-(x / compensationScale)^2) for an ask a fraction x above it.
   */
  private double payConcern(long expectation) {
    long top = target.band().high();
    if (expectation <= top || top <= 0) {
      return 0;
    }
    double x = ((double) expectation / top - 1) / policy.compensationScale();
    return 1 - Math.exp(-x * x);
  }

  /** The level above the target is one the committee may offer, and the ask is within its band. */
  private boolean nextLevelFits(long expectation) {
    return window.stream().filter(l -> l.rank() > target.rank()).findFirst()
        .map(l -> expectation <= l.band().high()).orElse(false);
  }

  // ---- What ends the loop after an interview, in the order the model applies the rules ----

  private Stop whatEndsTheLoopAfter(int r, Interview interview, List<Interview> held) {
    Round round = interview.round();
    if (!ownerActsOn(round) && anotherInterviewFollows(r)) {
      // A day played through: nothing ends it before its last interview.
      return Stop.NONE;
    }
    // The gravest verdict of the day's interviews (this interview's alone where the owner reads each).
    int first = held.size() - 1;
    while (first > 0 && !ownerActsOn(held.get(first - 1).round())) {
      first--;
    }
    Stop stop = Stop.NONE;
    for (Stop gravest : List.of(Stop.VETO, Stop.MUST_HAVE, Stop.GATE, Stop.PAY, Stop.TWO_STRONG_NO)) {
      for (int i = first; i < held.size() && stop == Stop.NONE; i++) {
        if (verdict(held, i) == gravest) {
          stop = gravest;
        }
      }
    }
    if ((stop == Stop.NONE || stop == Stop.PAY) && anotherInterviewFollows(r) && !ownerGoesOn(round, held)) {
      // The signal would have ended it anyway: pay did not stop it alone.
      stop = Stop.SIGNAL;
    } else if (stop == Stop.GATE && overridable(interview, held, r) && strongAtTarget(held)) {
      stop = Stop.NONE;
    }
    return stop;
  }

  /** What interview i of the loop would end on its own, were the owner to act on it at once. */
  private Stop verdict(List<Interview> held, int i) {
    Interview interview = held.get(i);
    Round round = interview.round();
    if (vetoed(round, interview)) {
      return Stop.VETO;
    } else if (mustHaveAtStrongNo(round, interview.ratings())) {
      return Stop.MUST_HAVE;
    } else if (failed(interview)) {
      return Stop.GATE;
    } else if (interview.payEnds()) {
      return Stop.PAY;
    } else if (secondStrongNo(interview, held.subList(0, i + 1))) {
      return Stop.TWO_STRONG_NO;
    }
    return Stop.NONE;
  }

  /** The interview's recommendation fell under its round's pass mark (Lean Hire unless the round sets one). */
  private static boolean failed(Interview interview) {
    return interview.recommendation() < interview.round().passMark();
  }

  /** The owner acts on this round's feedback before the next; not on a day played through (continueAbove 0). */
  private static boolean ownerActsOn(Round round) {
    return round.continueAbove().orElse(1) != 0;
  }

  /** The failed interviews of rounds played through, before round r. */
  private List<Interview> heldFails(List<Interview> held, int r) {
    return held.stream().filter(i -> rounds.indexOf(i.round()) < r && !ownerActsOn(i.round()) && failed(i)).toList();
  }

  /** Only Lean No fails may be overridden (this one and the held ones), where the loop allows it. */
  private boolean overridable(Interview interview, List<Interview> held, int r) {
    return policy.overrides() && interview.recommendation() >= 2
        && heldFails(held, r).stream().allMatch(i -> i.recommendation() >= 2);
  }

  /** The signal makes the target level likely enough to override a fail. */
  private boolean strongAtTarget(List<Interview> held) {
    return signalOf(held).probabilityAtLeast(target.bar()) >= policy.overrideAbove();
  }

  /**
   * A persona with a veto (for this target level) said Strong No on its veto target: a competency
   * it rated, or its overall recommendation.
   */
  private boolean vetoed(Round round, Interview interview) {
    Persona persona = loop.persona(round);
    if (persona.veto().isEmpty() || !vetoHeldAtTarget(persona.veto().get())) {
      return false;
    }
    Veto veto = persona.veto().get();
    return veto.competency()
        .map(id -> interview.ratings().containsKey(id) && interview.ratings().get(id) == 1)
        .orElse(interview.recommendation() == 1);
  }

  private boolean vetoHeldAtTarget(Veto veto) {
    return veto.fromLevel().map(id -> catalogue.levels().byId(id).orElseThrow().rank() <= target.rank()).orElse(true);
  }

  /** Two strong objections sink a candidacy: this interviewer's Strong No is the second. */
  private static boolean secondStrongNo(Interview interview, List<Interview> held) {
    return interview.recommendation() == 1 && strongNos(held) >= 2;
  }

  private static int strongNos(List<Interview> held) {
    return (int) held.stream().filter(i -> i.recommendation() == 1).count();
  }

  /** The owner reads the feedback before scheduling another interview; not before the committee's own reading. */
  private boolean anotherInterviewFollows(int r) {
    return r + 1 < rounds.size() && !rounds.get(r + 1).decides();
  }

  /** The owner goes on while P(overall >= the target's bar) is at least the round's threshold. */
  private boolean ownerGoesOn(Round round, List<Interview> held) {
    double threshold = round.continueAbove().orElse(policy.continueAbove());
    return signalOf(held).probabilityAtLeast(target.bar()) >= threshold;
  }

  private Signal signalOf(List<Interview> held) {
    return signal.signal(held.stream().map(Interview::scorecard).toList());
  }

  // ---- The committee ----

  private Ending committeeDecides(int endedAt, List<Interview> held, Candidate candidate) {
    Signal belief = signalOf(held);
    int decision = switch (policy.rule()) {
      case POSTERIOR -> posterior(belief, held);
      case MAJORITY -> majority(held) ? placedByBelief(belief) : Committee.NO_HIRE;
      case CONSENSUS -> majority(held) && strongNos(held) == 0
          && held.stream().anyMatch(i -> i.recommendation() == 4) ? placedByBelief(belief) : Committee.NO_HIRE;
    };
    return ended(endedAt, Stop.NONE, held, decision >= 0 ? readsThePacket(decision, belief, held) : decision, candidate);
  }

  /**
   * Before an offer the committee reads the packet: a Strong No stands unless the loop lets it
   * overrule one; a fail held from a day played through needs the override signal; a level the
   * recruiter proposed over pay must be the one offered; a rated competency whose own ratings put it
   * more than the weakness gap under the target's bar declines it.
   */
  private int readsThePacket(int decision, Signal belief, List<Interview> held) {
    if (strongNos(held) > 0 && !policy.overrulesStrongNo()) {
      return Committee.NO_HIRE;
    }
    boolean heldFail = held.stream().anyMatch(i -> !ownerActsOn(i.round()) && failed(i));
    if (heldFail && !(policy.overrides() && belief.probabilityAtLeast(target.bar()) >= policy.overrideAbove())) {
      return Committee.NO_HIRE;
    }
    if (held.stream().anyMatch(Interview::raisesLevel) && decision <= levelIndex(target)) {
      return Committee.NO_HIRE;
    }
    int[] codes = signal.codes(held.stream().map(Interview::scorecard).toList());
    for (Map.Entry<String, Double> e : loop.roleWeights().entrySet()) {
      boolean rated = held.stream().anyMatch(i -> i.ratings().containsKey(e.getKey()));
      int c = catalogue.competencies().indexOf(e.getKey());
      if (e.getValue() > 0 && rated && signal.evidenceMean(c, codes[c]) < target.bar() - policy.weaknessGap()) {
        return Committee.NO_HIRE;
      }
    }
    return decision;
  }

  /**
   * The highest level of the window whose bar the overall clears with the confidence (the up-level
   * confidence above the target), if every weighted competency was rated (else HOLD); HOLD when
   * the best chance falls short by less than the hold margin while some weighted competency is
   * still uncertain; else no hire.
   */
  private int posterior(Signal belief, List<Interview> held) {
    for (Level level : descending(window)) {
      double needed = level.rank() > target.rank() ? policy.upLevelConfidence() : policy.confidence();
      if (belief.probabilityAtLeast(level.bar()) >= needed) {
        // A down-level only for a candidate who came close at the target; else declined.
        if (level.rank() < target.rank()
            && belief.probabilityAtLeast(target.bar()) < policy.confidence() - policy.holdMargin()) {
          break;
        }
        return everyWeightedCompetencyRated(held) ? levelIndex(level) : Committee.HOLD;
      }
    }
    double best = belief.probabilityAtLeast(window.get(0).bar());
    if (best >= policy.confidence() - policy.holdMargin() && widestSd(belief) >= policy.holdSd()) {
      return Committee.HOLD;
    }
    return Committee.NO_HIRE;
  }

  /** More than half of the recommendations are Lean Hire or better. */
  private static boolean majority(List<Interview> held) {
    long hires = held.stream().filter(i -> i.recommendation() >= 3).count();
    return 2 * hires > held.size();
  }

  /** The vote-based rules' level: the highest the overall more likely than not clears (above the target, with the up-level confidence), else the lowest. */
  private int placedByBelief(Signal belief) {
    for (Level level : descending(window)) {
      double needed = level.rank() > target.rank() ? policy.upLevelConfidence() : 0.5;
      if (belief.probabilityAtLeast(level.bar()) >= needed) {
        return levelIndex(level);
      }
    }
    return levelIndex(window.get(0));
  }

  private boolean everyWeightedCompetencyRated(List<Interview> held) {
    return loop.roleWeights().entrySet().stream().filter(e -> e.getValue() > 0)
        .allMatch(e -> held.stream().anyMatch(i -> i.ratings().containsKey(e.getKey())));
  }

  private double widestSd(Signal belief) {
    double widest = 0;
    for (Map.Entry<String, Double> e : loop.roleWeights().entrySet()) {
      if (e.getValue() > 0) {
        widest = Math.max(widest, belief.sd(catalogue.competencies().indexOf(e.getKey())));
      }
    }
    return widest;
  }

  private int levelIndex(Level level) {
    return catalogue.levels().indexOf(level);
  }

  private static List<Level> descending(List<Level> levels) {
    return ImmutableList.copyOf(levels).reverse();
  }

  // ---- How the loop ended: offer or reasons ----

  private Ending ended(int endedAt, Stop stop, List<Interview> held, int decision, Candidate candidate) {
    Signal belief = signalOf(held);
    boolean exactHalf = held.stream().anyMatch(Interview::exactHalf);
    if (decision >= 0) {
      long offer = committee.offer(decision, belief.overallMean(), candidate.competingOffers, candidate.bestCompeting,
          candidate.currentPay);
      boolean meets = candidate.compensation >= 0 && offer >= candidate.compensation;
      return new Ending(decision, stop, endedAt, List.of(), strongNos(held), offer, meets, exactHalf);
    }
    // The pay expectation, not a competency, ended it.
    List<String> concerns = stop == Stop.PAY ? List.of() : weakest(belief, held);
    return new Ending(decision, stop, endedAt, concerns, strongNos(held), 0, false, exactHalf);
  }

  /** The reasons: up to two rated competencies with the largest weighted shortfall below the target's bar. */
  private List<String> weakest(Signal belief, List<Interview> held) {
    record Shortfall(String id, double gap) {}
    List<Shortfall> gaps = new ArrayList<>();
    for (String id : catalogue.competencies().ids()) {
      double weight = loop.roleWeights().getOrDefault(id, 0.0);
      boolean rated = held.stream().anyMatch(i -> i.ratings().containsKey(id));
      if (weight > 0 && rated) {
        gaps.add(new Shortfall(id, weight * (target.bar() - belief.mean(catalogue.competencies().indexOf(id)))));
      }
    }
    // Stable: of equal shortfalls, the first in the catalogue's order comes first.
    return gaps.stream().filter(g -> g.gap() > 0).sorted(Comparator.comparingDouble(Shortfall::gap).reversed())
        .limit(2).map(Shortfall::id).toList();
  }
}
