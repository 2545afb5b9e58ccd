package io.hcsim.simulation.run;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.committee.CommitteePolicy;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Round;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.rating.Scorecard;
import io.hcsim.simulation.trace.Stop;
import java.util.Map;

/**
 * The rules that read one round's written feedback (面评), compiled for one target level: the one
 * home of the veto (and the level it holds from), the must-haves, the round's pass mark, the pay
 * check, two Strong No, and which readings of the signal may follow. The simulated loop ({@link
 * LoopRunner}) and the replay of real scorecards both call it, so a rule cannot differ between them.
 *
 * <p>Every interview passes or fails. A fail (under the round's pass mark: Lean No or worse unless
 * the round sets another) ends the loop there, as the loop's owner reads the feedback before
 * scheduling the next round; a Lean No may be overridden when the cumulative signal makes the
 * target level likely enough (the loop's overrideAbove), a Strong No never. Where interviews are
 * played through without cancelling (a panel's onsite day), nothing ends the day before its last
 * interview: each round's verdict (a fail, a veto, a must-have at Strong No, a second Strong No) is
 * held and the day ends with the gravest of them ({@link #ends}, {@link #holds}). Immutable.
 */
public final class RoundRules {
  /** Bit i set when focus place i is a must-have. */
  final long mustHaveBits;
  /** -2 no veto, -1 veto on the overall recommendation, else the competency index. */
  final int veto;
  /** Bit i set when focus place i is the competency the round vetoes. */
  final long vetoBits;
  /** The score a recommendation needs to pass. */
  final int passMark;
  /** The owner acts on this round's feedback; else its fail is held to the end of the day played through. */
  final boolean failEnds;
  /** A failed Lean No here may be overridden by a strong signal at the target level. */
  final boolean overridable;
  final boolean checksCompensation;
  /** Competency indices by place in the round's focus. */
  private final int[] focus;
  private final Catalogue catalogue;

  RoundRules(Catalogue catalogue, Persona persona, Level target, Round round, int[] focus, boolean failEnds,
      CommitteePolicy policy) {
    this.catalogue = catalogue;
    this.focus = focus;
    this.veto = veto(catalogue, persona, target);
    long must = 0;
    long vetoed = 0;
    int i = 0;
    for (String id : round.focus().keySet()) {
      must |= round.mustHave().contains(id) ? 1L << i : 0;
      vetoed |= focus[i] == veto ? 1L << i : 0;
      i++;
    }
    this.mustHaveBits = must;
    this.vetoBits = vetoed;
    this.passMark = round.passMark();
    this.failEnds = failEnds;
    this.overridable = policy.overrides();
    this.checksCompensation = round.checksCompensation();
  }

  /**
   * A persona's veto at this target level: -2 none (or not held at this level: a veto from P7 is
   * advice for a P6 candidate), -1 on the overall recommendation, else the vetoed competency's index.
   */
  public static int veto(Catalogue catalogue, Persona persona, Level target) {
    return persona.veto()
        .filter(v -> v.fromLevel().map(l -> target.rank() >= catalogue.levels().byId(l).orElseThrow().rank()).orElse(true))
        .map(v -> v.competency().map(id -> catalogue.competencies().indexOf(id)).orElse(-1))
        .orElse(-2);
  }

  /** The interviewer's recommendation: the nearest point of its weighted ratings, Strong No when a must-have is. */
  int recommendation(int nearest, long strongNoBits) {
    return (strongNoBits & mustHaveBits) != 0 ? 1 : nearest;
  }

  /**
   * What the round's feedback ends before anyone reads the signal, in this order: a veto, a
   * must-have at Strong No, a fail the owner acts on (this round's, or one held from the day played
   * through before it), the recruiter ending the process over pay, then a second Strong No.
   *
   * @param strongNoBits bit i set when focus place i was rated Strong No
   * @param strongNos Strong No recommendations so far, this round's included
   * @param heldFails fails held from the rounds played through before this one
   */
  Stop verdict(long strongNoBits, int recommendation, boolean payEnds, int strongNos, int heldFails) {
    boolean vetoed = (strongNoBits & vetoBits) != 0 | (veto == -1 & recommendation == 1);
    boolean failed = failEnds & (recommendation < passMark | heldFails > 0);
    return Stop.afterRound(vetoed, (strongNoBits & mustHaveBits) != 0, failed, payEnds, recommendation == 1 & strongNos >= 2);
  }

  /**
   * What ends the loop after this round, given its own {@code verdict} and the verdict {@code held}
   * from the day played through before it: nothing on such a day, the gravest of the two at its end.
   */
  public Stop ends(Stop verdict, Stop held) {
    return failEnds ? Stop.graver(held, verdict) : Stop.NONE;
  }

  /** The verdict held after this round: the gravest so far on a day played through, none once a round ends the day. */
  public Stop holds(Stop verdict, Stop held) {
    return failEnds ? Stop.NONE : Stop.graver(held, verdict);
  }

  /** Whether the round failed and its fail is held to the end of the day played through. */
  public boolean failHeld(int recommendation) {
    return !failEnds & recommendation < passMark;
  }

  /**
   * Whether this outcome is a fail the owner may still override: only Lean No fails (this
   * round's and the held ones; a Strong No is never overridden), where the loop allows it.
   */
  boolean mayOverride(Stop stop, int recommendation, int heldStrongNos) {
    return stop == Stop.GATE & overridable & recommendation >= Rating.LEAN_NO.score() & heldStrongNos == 0;
  }

  /** The Strong No bits of a real scorecard's ratings, by place in the round's focus. */
  public long strongNoBits(Map<String, Rating> ratings) {
    long bits = 0;
    for (int i = 0; i < focus.length; i++) {
      bits |= ratings.get(catalogue.competencies().get(focus[i]).id()) == Rating.STRONG_NO ? 1L << i : 0;
    }
    return bits;
  }

  /**
   * What a real scorecard's round ends before the signal is read (no pay check: the scorecard
   * says nothing about it), given the Strong No recommendations before it and the fails held from
   * the day played through before it.
   */
  public Stop verdict(Scorecard card, int strongNosBefore, int heldFails) {
    int recommendation = card.recommendation().score();
    return verdict(strongNoBits(card.ratings()), recommendation, false,
        strongNosBefore + (recommendation == Rating.STRONG_NO.score() ? 1 : 0), heldFails);
  }

  /** As above, with nothing held. */
  public Stop verdict(Scorecard card, int strongNosBefore) {
    return verdict(card, strongNosBefore, 0);
  }

  /** Whether a real round's Strong No on its veto target is a veto. */
  public boolean vetoes(Scorecard card) {
    return verdict(card, 0) == Stop.VETO;
  }

  /** The score a recommendation needs for the round to pass. */
  public int passMark() {
    return passMark;
  }

  /** Whether a fail ends the loop at this round (else the committee weighs it). */
  public boolean failEnds() {
    return failEnds;
  }
}
