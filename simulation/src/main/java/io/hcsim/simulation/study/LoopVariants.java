package io.hcsim.simulation.study;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.committee.CommitteePolicy;
import io.hcsim.core.committee.DecisionRule;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.DayRange;
import io.hcsim.core.loop.Gate;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import io.hcsim.core.persona.Persona;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;

/**
 * A loop changed in one respect, as a new value: the engine plays it like any loop, so a study
 * needs nothing from the engine beyond what a loop file can say.
 */
public final class LoopVariants {
  /** The persona a study adds as a bar raiser. */
  static final String BAR_RAISER = "bar_raiser";
  /** What the added bar raiser assesses: values, leadership and judgment across the role (as the bar-raiser loop). */
  private static final ImmutableMap<String, Double> BAR_RAISER_FOCUS = ImmutableMap.of(
      "values", 0.3, "stakeholder_leadership", 0.25, "product_sense", 0.25, "data_outcomes", 0.2);
  private static final double BAR_RAISER_HOURS = 1.5;
  /** Same day as the interview before it, or a few days later. */
  private static final DayRange BAR_RAISER_DAYS = new DayRange(0, 1, 3);

  private LoopVariants() {}

  /** {@code loop} with {@code parameter} set to {@code value} (a value checked by {@link SweepParameter#check}). */
  public static Loop apply(Catalogue catalogue, Loop loop, Level target, SweepParameter parameter, String value) {
    return switch (parameter) {
      case ROUNDS -> firstInterviews(catalogue, loop, target, Integer.parseInt(value));
      case RULE -> committee(loop, c -> c.withRule(DecisionRule.valueOf(value.toUpperCase(Locale.ROOT)), c.confidence()));
      case VISIBILITY -> with(loop, loop.personas(), loop.rounds(), value.equals("open"), loop.committee());
      case RATER_NOISE -> raterNoise(loop, Double.parseDouble(value));
      case CONFIDENCE -> committee(loop, c -> c.withRule(c.rule(), Double.parseDouble(value)));
      case GATES -> value.equals("on") ? loop : withoutEarlyStops(loop, false);
      case BAR_RAISER -> value.equals("on") ? withBarRaiser(catalogue, loop) : withoutBarRaiser(loop);
    };
  }

  /** The loop's interviews at {@code target}, the deciding round apart. */
  public static int interviews(Catalogue catalogue, Loop loop, Level target) {
    return loop.ratingRoundsFor(target, catalogue.levels()).size();
  }

  /**
   * The loop as given with every round played: no gate, no reading between rounds, no must-have
   * and no veto ends it (two Strong No still do: the engine treats them as a verdict).
   */
  public static Loop fullInformation(Loop loop) {
    return withoutEarlyStops(loop, true);
  }

  /**
   * The first {@code k} interviews at {@code target}, and the deciding round if the loop has one.
   * The committee weighs only what those interviews assess (the role weights of the competencies
   * no round rates are dropped and the rest renormalised): a shorter loop can judge only what it
   * sees, where the full loop's committee would otherwise hold for want of a rating. The truth a
   * study compares with keeps the loop's own role weights.
   */
  static Loop firstInterviews(Catalogue catalogue, Loop loop, Level target, int k) {
    List<Round> rounds = new ArrayList<>();
    int interviews = 0;
    for (Round r : loop.roundsFor(target, catalogue.levels())) {
      if (r.decides() || interviews++ < k) {
        rounds.add(r);
      }
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    double sum = 0;
    for (Map.Entry<String, Double> e : loop.roleWeights().entrySet()) {
      if (rounds.stream().anyMatch(r -> r.focus().containsKey(e.getKey()))) {
        weights.put(e.getKey(), e.getValue());
        sum += e.getValue();
      }
    }
    if (sum == 0) {
      // Nothing with a role weight is assessed: the committee weighs what is, evenly.
      rounds.stream().flatMap(r -> r.focus().keySet().stream()).distinct().forEach(c -> weights.put(c, 1.0));
      sum = weights.size();
    }
    double total = sum;
    weights.replaceAll((c, w) -> w / total);
    Loop shorter = with(loop, loop.personas(), ImmutableList.copyOf(rounds), loop.showEarlierFeedback(), loop.committee());
    return new Loop(shorter.id(), shorter.name(), shorter.description(), shorter.personas(), shorter.rounds(),
        ImmutableMap.copyOf(weights), shorter.loopFormSd(), shorter.roundFormSd(), shorter.showEarlierFeedback(),
        shorter.noiseAfterReading(), shorter.committee(), shorter.textVariant());
  }

  private static Loop raterNoise(Loop loop, double factor) {
    Map<String, Persona> personas = new LinkedHashMap<>();
    loop.personas().forEach((id, p) -> personas.put(id, p.withNoise(p.noise() * factor)));
    return with(loop, ImmutableMap.copyOf(personas), loop.rounds(), loop.showEarlierFeedback(), loop.committee());
  }

  /** No round fails (every pass mark at Strong No) and no reading between rounds; with {@code everything}, no must-have and no veto either. */
  private static Loop withoutEarlyStops(Loop loop, boolean everything) {
    ImmutableList<Round> rounds = loop.rounds().stream()
        .map(r -> new Round(r.id(), r.personaId(), r.focus(), everything ? ImmutableSet.of() : r.mustHave(),
            Optional.of(Gate.NONE), r.checksCompensation(), r.fromLevel(), r.decides(), r.hours(),
            r.decides() ? OptionalDouble.empty() : OptionalDouble.of(0), r.daysAfterPrevious()))
        .collect(ImmutableList.toImmutableList());
    ImmutableMap<String, Persona> personas = loop.personas();
    if (everything) {
      Map<String, Persona> open = new LinkedHashMap<>();
      personas.forEach((id, p) -> open.put(id, p.withoutVeto()));
      personas = ImmutableMap.copyOf(open);
    }
    CommitteePolicy policy = loop.committee().playingEveryRound();
    return with(loop, personas, rounds, loop.showEarlierFeedback(), policy);
  }

  private static Loop withBarRaiser(Catalogue catalogue, Loop loop) {
    if (loop.rounds().stream().anyMatch(r -> r.personaId().equals(BAR_RAISER))) {
      return loop;
    }
    Persona barRaiser = catalogue.personas().get(BAR_RAISER);
    Map<String, Persona> personas = new LinkedHashMap<>(loop.personas());
    personas.put(BAR_RAISER, barRaiser);
    Round round = new Round(BAR_RAISER, BAR_RAISER, BAR_RAISER_FOCUS, ImmutableSet.of(), Optional.empty(), false,
        Optional.empty(), false, BAR_RAISER_HOURS, OptionalDouble.empty(),
        loop.hasCalendar() ? Optional.of(BAR_RAISER_DAYS) : Optional.empty());
    List<Round> rounds = new ArrayList<>(loop.rounds());
    boolean lastDecides = rounds.get(rounds.size() - 1).decides();
    rounds.add(lastDecides ? rounds.size() - 1 : rounds.size(), round);
    return with(loop, ImmutableMap.copyOf(personas), ImmutableList.copyOf(rounds), loop.showEarlierFeedback(),
        loop.committee());
  }

  private static Loop withoutBarRaiser(Loop loop) {
    ImmutableList<Round> rounds = loop.rounds().stream().filter(r -> !r.personaId().equals(BAR_RAISER))
        .collect(ImmutableList.toImmutableList());
    return with(loop, loop.personas(), rounds, loop.showEarlierFeedback(), loop.committee());
  }

  private static Loop committee(Loop loop, UnaryOperator<CommitteePolicy> change) {
    return with(loop, loop.personas(), loop.rounds(), loop.showEarlierFeedback(), change.apply(loop.committee()));
  }

  private static Loop with(Loop loop, ImmutableMap<String, Persona> personas, ImmutableList<Round> rounds,
      boolean showEarlierFeedback, CommitteePolicy committee) {
    return new Loop(loop.id(), loop.name(), loop.description(), personas, rounds, loop.roleWeights(),
        loop.loopFormSd(), loop.roundFormSd(), showEarlierFeedback, loop.noiseAfterReading(), committee, loop.textVariant());
  }
}
