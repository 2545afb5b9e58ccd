package io.hcsim.simulation.replay;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.committee.Committee;
import io.hcsim.core.committee.Tally;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Round;
import io.hcsim.core.privacy.Pseudonym;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.rating.Scorecard;
import io.hcsim.core.scorecard.TeamScorecards;
import io.hcsim.core.signal.Belief;
import io.hcsim.core.signal.Signal;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.RoundRules;
import io.hcsim.simulation.trace.LoopRecord;
import io.hcsim.simulation.trace.RoundRecord;
import io.hcsim.simulation.trace.Stop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A hiring team's real scorecards run through the same cumulative signal and committee as a
 * simulated loop ({@link io.hcsim.core.signal.SignalModel}, {@link Committee}), written up as the
 * same debrief. A loop with rounds still to come also gets the odds if it goes on.
 */
public final class ScoreReplay {
  /** Runs of the remaining-rounds simulation. */
  public static final long REMAINING_RUNS = 20_000;

  private ScoreReplay() {}

  public static Debrief debrief(Catalogue catalogue, TeamScorecards team, String file, Optional<Pseudonym> anonymize, long seed,
      LocalDate date) throws InvalidInputException {
    LoopPlan plan = new LoopPlan(catalogue, team.loop(), team.target());
    LoopRecord record = replay(plan, team.cards(), file);
    boolean stopped = record.rounds().stream().anyMatch(RoundRecord::stopped);
    long assessing = plan.rounds().stream().filter(r -> !r.decides()).count();
    boolean finished = stopped || record.rounds().size() == assessing;
    Optional<Remaining> remaining = finished ? Optional.empty()
        : Optional.of(RemainingOdds.estimate(plan, team.cards(), seed, REMAINING_RUNS));
    ImmutableList<RoundPacket> rounds = DebriefPlayer.packets(plan, record, catalogue, new DebriefPlayer.Choice(seed, 0),
        false, anonymize.isPresent() ? ImmutableMap.of() : team.notes(), java.util.Set.of());
    String shown = anonymize.map(a -> a.code(team.candidate())).orElse(team.candidate());
    String loop = anonymize.isPresent() ? team.loop().id() : team.loopRef();
    return new Debrief(shown, anonymize.isPresent(), "", "", loop, plan.atLevel(), ImmutableMap.of(), 0,
        OptionalLong.empty(), 0, seed, OptionalLong.empty(), date, record, rounds, ImmutableList.of(), Optional.empty(),
        Optional.empty(), remaining);
  }

  /**
   * The loop as far as the scorecards go: the signal after each round, whether a gate or a veto
   * ended it, and the committee's decision (for an unfinished loop: what it would decide now).
   */
  static LoopRecord replay(LoopPlan plan, List<Scorecard> cards, String file) throws InvalidInputException {
    ImmutableList.Builder<RoundRecord> rounds = ImmutableList.builder();
    List<Scorecard> soFar = new ArrayList<>();
    Tally tally = new Tally();
    Optional<String> endedAt = Optional.empty();
    int strongNos = 0;
    int heldFails = 0;
    Stop held = Stop.NONE;
    for (Scorecard card : cards) {
      if (endedAt.isPresent()) {
        throw InvalidInputException.of(file, "rounds", "the loop ended at the " + endedAt.get()
            + " round (its gate or a veto), so the " + card.roundId() + " round cannot have been held; remove it");
      }
      Round round = plan.rounds().stream().filter(r -> r.id().equals(card.roundId())).findFirst().orElseThrow();
      soFar.add(card);
      tally.add(card.recommendation());
      Signal signal = plan.signal().signal(soFar);
      // The engine's own rules for the round (RoundRules), then the owner's reading at the target level.
      int r = plan.rounds().indexOf(round);
      RoundRules rules = plan.rules(r);
      Stop verdict = rules.verdict(card, strongNos, heldFails);
      // On a day played through, a verdict is held to the day's last interview, as the engine holds it.
      Stop stop = rules.ends(verdict, held);
      held = rules.holds(verdict, held);
      heldFails += rules.failHeld(card.recommendation().score()) ? 1 : 0;
      boolean vetoed = verdict == Stop.VETO;
      strongNos += card.recommendation() == Rating.STRONG_NO ? 1 : 0;
      if (stop.readsSignal() && plan.continueAbove(r) >= 0) {
        stop = stop.afterReading(signal.probabilityAtLeast(plan.targetBar()) >= plan.continueAbove(r));
      } else if (stop == Stop.GATE && card.recommendation() == Rating.LEAN_NO && plan.loop().committee().overrides()) {
        stop = stop.overridden(signal.probabilityAtLeast(plan.targetBar()) >= plan.overrideAbove());
      }
      boolean stopped = stop != Stop.NONE;
      rounds.add(new RoundRecord(round, card, ImmutableMap.of(), false, vetoed, stopped, signal, levels(plan, signal), stop));
      if (stopped) {
        endedAt = Optional.of(round.id());
      }
    }
    int[] codes = plan.signal().codes(cards);
    Belief belief = new Belief(codes.length);
    plan.signal().evaluate(codes, belief);
    int decision = endedAt.isPresent() ? Committee.NO_HIRE
        : plan.committee().decide(belief.overallMean(), belief.overallSd(), belief.widestSd(), plan.fullyAssessed(codes), tally);
    OptionalLong offer = decision >= 0 ? OptionalLong.of(plan.committee().offer(decision, belief.overallMean(), 0, 0, -1))
        : OptionalLong.empty();
    return new LoopRecord(-1, rounds.build(), plan.committee().toDecision(decision), endedAt, ImmutableList.of(), offer,
        belief.snapshot(), Double.NaN);
  }

  static ImmutableMap<String, Double> levels(LoopPlan plan, Signal signal) {
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
    for (Level l : plan.catalogue().levels().ascending()) {
      b.put(l.id(), signal.probabilityAtLeast(l.bar()));
    }
    return b.buildOrThrow();
  }
}
