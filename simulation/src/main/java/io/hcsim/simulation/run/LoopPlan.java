package io.hcsim.simulation.run;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.committee.Committee;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import io.hcsim.core.normal.CdfThreshold;
import io.hcsim.core.signal.SignalModel;
import io.hcsim.simulation.random.DrawSite;
import io.hcsim.simulation.trace.LoopAtLevel;
import java.util.Arrays;

/**
 * A loop compiled for one target level: the rounds that take place (each a {@link RoundPlan}),
 * the random-draw sites, the signal model and the committee. Immutable and shared by all threads;
 * {@link LoopRunner} holds the per-thread scratch state.
 */
public final class LoopPlan {
  final Catalogue catalogue;
  final Loop loop;
  final Level target;
  final int targetIndex;
  final ImmutableList<Round> rounds;
  final SignalModel signal;
  final Committee committee;
  final int competencyCount;
  final double[] weights;
  final double targetBar;
  /** The target band's top: an expectation above it may concern the recruiter. */
  final long bandTop;
  /**
   * The top of the band of the level above the target, when the committee may offer it: an ask
   * up to it lets the recruiter propose that level instead of ending; -1 when there is none.
   */
  final long nextBandTop;
  /** A rated competency whose posterior mean is under this is a weakness the committee declines. */
  final double weaknessFloor;
  /** P(overall >= the target's bar) that overrides a failed Lean No (the loop's overrideAbove). */
  final CdfThreshold overrideRule;
  /** The bar of the lowest level the committee may offer. */
  final double lowestBar;
  /** The signal's {@link SignalModel#overallSdBound()}. */
  final double overallSdBound;

  /** The rounds that take place, compiled. */
  final RoundPlan[] round;
  /** The owner's readings and the reasons cited, remembered for the first rounds. */
  final EarlyRounds early;

  final long loopFormSite;
  final double loopFormSd;
  final double roundFormSd;
  final boolean showEarlierFeedback;
  /** The factor on a rater's noise once it has read earlier feedback. */
  final double noiseAfterReading;

  public LoopPlan(Catalogue catalogue, Loop loop, Level target) {
    this.catalogue = catalogue;
    this.loop = loop;
    this.target = target;
    this.targetIndex = catalogue.levels().indexOf(target);
    this.rounds = loop.roundsFor(target, catalogue.levels());
    this.signal = new SignalModel(catalogue.competencies(), loop, rounds, target, catalogue.pool());
    this.committee = new Committee(loop.committee(), catalogue.levels(), target);
    this.competencyCount = catalogue.competencies().size();
    this.weights = new double[competencyCount];
    for (int c = 0; c < competencyCount; c++) {
      weights[c] = signal.weight(c);
    }
    this.targetBar = target.bar();
    this.bandTop = target.band().high();
    this.nextBandTop = catalogue.levels().ascending().stream()
        .filter(l -> l.rank() > target.rank() && committee.window().contains(l))
        .findFirst().map(l -> l.band().high()).orElse(-1L);
    this.overrideRule = CdfThreshold.of(loop.committee().overrideAbove());
    this.weaknessFloor = target.bar() - loop.committee().weaknessGap();
    this.lowestBar = committee.lowestBar();
    this.overallSdBound = signal.overallSdBound();
    this.loopFormSd = loop.loopFormSd();
    this.roundFormSd = loop.roundFormSd();
    this.showEarlierFeedback = loop.showEarlierFeedback();
    this.noiseAfterReading = loop.noiseAfterReading();

    int n = rounds.size();
    loopFormSite = DrawSite.LOOP_FORM.key();
    round = new RoundPlan[n];
    int[][] focus = new int[n][];
    for (int r = 0; r < n; r++) {
      // The owner reads the signal before scheduling another interview; before the committee's
      // own reading (or the rule applied after the last interview) there is nothing to decide.
      boolean interviewFollows = r + 1 < n && !rounds.get(r + 1).decides();
      double continueAbove = rounds.get(r).decides() || !interviewFollows ? -1
          : rounds.get(r).continueAbove().orElse(loop.committee().continueAbove());
      // A verdict ends the loop where the owner acts on it; on a day played through (continueAbove 0)
      // it is held and weighed with the day's other interviews at the day's end, which the last
      // interview always is.
      boolean playedThrough = rounds.get(r).playedThrough() && interviewFollows;
      round[r] = new RoundPlan(catalogue, loop, target, signal, r, rounds.get(r), continueAbove, !playedThrough);
      focus[r] = round[r].focus;
    }
    early = new EarlyRounds(focus, competencyCount);
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public Loop loop() {
    return loop;
  }

  public Level target() {
    return target;
  }

  /** The target level's index among the catalogue's levels (the decision code of a hire at it). */
  public int targetIndex() {
    return targetIndex;
  }

  public ImmutableList<Round> rounds() {
    return rounds;
  }

  public SignalModel signal() {
    return signal;
  }

  public Committee committee() {
    return committee;
  }


  /**
   * The threshold the loop's owner applies after round {@code r} (P(overall >= {@link
   * #targetBar()}) needed to go on), or a negative number when no interview follows it.
   */
  public double continueAbove(int r) {
    return round[r].continueAbove;
  }

  /** Whether every competency that counts in the overall has been rated at least once in these codes. */
  public boolean fullyAssessed(int[] codes) {
    for (int c = 0; c < codes.length; c++) {
      if (codes[c] == 0 && weights[c] > 0) {
        return false;
      }
    }
    return true;
  }

  /** The bar of the lowest level the committee may offer. */
  public double lowestBar() {
    return lowestBar;
  }

  /** Round r's veto: -2 none (or not at this target level), -1 on the overall, else a competency index. */
  public int veto(int r) {
    return round[r].rules.veto;
  }

  /** The rules that read round r's feedback. */
  public RoundRules rules(int r) {
    return round[r].rules;
  }

  /** The target level's bar: the owner's readings and overrides ask how likely the overall clears it. */
  public double targetBar() {
    return targetBar;
  }

  /** P(overall >= the target's bar) that overrides a failed Lean No. */
  public double overrideAbove() {
    return overrideRule.p();
  }

  public double weight(int competency) {
    return weights[competency];
  }

  double[] weights() {
    return weights;
  }

  /** The candidate's true overall proficiency under this loop's role weights. */
  public double overall(Candidate candidate) {
    return candidate.overall(weights);
  }

  /** This plan in the plain values a report reads. */
  public LoopAtLevel atLevel() {
    ImmutableList.Builder<Double> continues = ImmutableList.builder();
    for (int r = 0; r < rounds.size(); r++) {
      continues.add(continueAbove(r));
    }
    return new LoopAtLevel(catalogue, loop, target, rounds,
        Arrays.stream(weights).boxed().collect(ImmutableList.toImmutableList()), lowestBar, continues.build());
  }

}
