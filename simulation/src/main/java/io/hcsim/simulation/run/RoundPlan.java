package io.hcsim.simulation.run;

import static com.google.common.base.Preconditions.checkArgument;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import io.hcsim.core.normal.CdfThreshold;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.signal.RatingModel;
import io.hcsim.core.signal.SignalModel;
import io.hcsim.simulation.random.DrawSite;
import java.util.ArrayList;
import java.util.List;

/**
 * One round of a {@link LoopPlan}, as the loop runner reads it: the rater's model and noise, the
 * competencies it rates with their draw sites, what each score adds to the signal's codes and to
 * the weighted recommendation, and the rules that can end the loop after it. One object a round,
 * so that a simulated round loads it once. Immutable and shared by all threads.
 */
final class RoundPlan {
  final RatingModel model;
  final double raterNoise;
  final double anchoring;
  /** Competency indices, by place in the round's focus. */
  final int[] focus;
  /** The keys of the round's draws, two to a word: its form first, then each focus place's rater error. */
  final long[] drawSites;
  final long paySite;
  /** At [i * 5 + s]: what score s at focus place i adds to its competency's signal code. */
  final int[] codeIncrement;
  /** At [i * 5 + s]: focus weight i times s, the very product the recommendation sums. */
  final double[] weightedScore;
  /** The rules that read the round's feedback. */
  final RoundRules rules;
  final boolean decides;
  /** Go on after this round only while P(overall >= the target's bar) >= this; negative: no check after it. */
  final double continueAbove;
  /** The same test as continueAbove, mostly without the CDF; null where there is no check. */
  final CdfThreshold continueRule;

  RoundPlan(Catalogue catalogue, Loop loop, Level target, SignalModel signal, int r, Round round, double continueAbove,
      boolean failEnds) {
    Persona persona = loop.persona(round);
    this.model = RatingModel.of(persona, target);
    this.raterNoise = persona.noise();
    this.anchoring = persona.anchoring();
    int m = round.focus().size();
    // A round's Strong No ratings are kept as the bits of one long, by place in its focus.
    checkArgument(m <= Long.SIZE, "round %s assesses %s competencies; at most %s are supported", round.id(), m, Long.SIZE);
    this.focus = new int[m];
    List<String> draws = new ArrayList<>();
    draws.add(DrawSite.FORM);
    this.codeIncrement = new int[m * 5];
    this.weightedScore = new double[m * 5];
    int i = 0;
    for (var e : round.focus().entrySet()) {
      int c = catalogue.competencies().indexOf(e.getKey());
      focus[i] = c;
      for (int score = 1; score <= 4; score++) {
        codeIncrement[i * 5 + score] = signal.codeIncrement(r, c, score);
        weightedScore[i * 5 + score] = e.getValue() * score;
      }
      draws.add(e.getKey());
      i++;
    }
    this.rules = new RoundRules(catalogue, persona, target, round, focus, failEnds, loop.committee());
    this.decides = round.decides();
    this.continueAbove = continueAbove;
    this.continueRule = continueAbove >= 0 ? CdfThreshold.of(continueAbove) : null;
    this.drawSites = DrawSite.INTERVIEW.pairKeys(draws, round.id());
    this.paySite = DrawSite.PAY.key(round.id());
  }
}
