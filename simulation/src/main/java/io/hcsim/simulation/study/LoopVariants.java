package io.hcsim.simulation.study;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.math.LongMath;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

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
  /**
   * Most choices of a day's interviews one point plays (every choice from a day of up to nine), and
   * most orders of a day a plain study reads (every order of a day of five); past it, a fixed
   * sample, which keeps a study's start-up short.
   */
  static final int MAX_VARIANTS = 120;
  private static final long SAMPLE_SEED = 20261125L;

  private LoopVariants() {}

  /**
   * {@code loop} with {@code parameter} set to {@code value} (a value checked by {@link SweepParameter#check}):
   * one loop, or for a number of interviews that cuts a day played through, one per choice of that
   * day's interviews ({@link #firstInterviews}).
   */
  public static ImmutableList<Loop> apply(Catalogue catalogue, Loop loop, Level target, SweepParameter parameter,
      String value) {
    return switch (parameter) {
      case ROUNDS -> firstInterviews(catalogue, loop, target, Integer.parseInt(value));
      case RULE -> ImmutableList.of(
          committee(loop, c -> c.withRule(DecisionRule.valueOf(value.toUpperCase(Locale.ROOT)), c.confidence())));
      case VISIBILITY -> ImmutableList.of(with(loop, loop.personas(), loop.rounds(), value.equals("open"), loop.committee()));
      case RATER_NOISE -> ImmutableList.of(raterNoise(loop, Double.parseDouble(value)));
      case CONFIDENCE -> ImmutableList.of(committee(loop, c -> c.withRule(c.rule(), Double.parseDouble(value))));
      case GATES -> ImmutableList.of(value.equals("on") ? loop : withoutEarlyStops(loop, false));
      case BAR_RAISER -> ImmutableList.of(value.equals("on") ? withBarRaiser(catalogue, loop) : withoutBarRaiser(loop));
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
   * Where {@code k} ends inside a day played through (interviews nobody reads before the day's last
   * one, {@link Round#playedThrough}), the day's interviews have no order to cut at: the candidate
   * meets them in whatever order the day was booked. So there is one loop for each choice of the
   * day's interviews that keeps {@code k} in all, which a study plays in turn; a shorter loop is then
   * the average shorter loop, not the one the file happens to list first. The interviews kept from
   * a cut day take the day's slots in the loop's order: the first its booking, the last its end,
   * where the day's held fails are read.
   * The committee weighs only what those interviews assess (the role weights of the competencies
   * no round rates are dropped and the rest renormalised): a shorter loop can judge only what it
   * sees, where the full loop's committee would otherwise hold for want of a rating. The truth a
   * study compares with keeps the loop's own role weights.
   */
  static ImmutableList<Loop> firstInterviews(Catalogue catalogue, Loop loop, Level target, int k) {
    List<Round> rounds = loop.roundsFor(target, catalogue.levels());
    List<Integer> interviews = interviews(rounds);
    for (int[] day : days(rounds, interviews)) {
      if (day[0] < k && k < day[1]) {
        List<Round> earlier = rounds(rounds, interviews.subList(0, day[0]));
        List<Round> slots = rounds(rounds, interviews.subList(day[0], day[1]));
        ImmutableList.Builder<Loop> variants = ImmutableList.builder();
        for (List<Round> chosen : choices(slots, k - day[0])) {
          List<Round> played = new ArrayList<>(earlier);
          played.addAll(inSlots(chosen, slots));
          variants.add(kept(loop, rounds, played));
        }
        return variants.build();
      }
    }
    return ImmutableList.of(kept(loop, rounds, rounds(rounds, interviews.subList(0, Math.min(k, interviews.size())))));
  }

  /**
   * The orders in which a candidate may meet the interviews of {@code rounds} (a loop's rounds at
   * one level), each as the interviews' positions: every day played through in every order, the
   * other interviews where they are; the first order is the loop's own. A plain study reads the
   * loop after k interviews in these orders in turn, so that where k ends inside such a day the
   * reading is the average over every choice of the day's interviews, as {@link #firstInterviews}.
   * Past {@link #MAX_VARIANTS} orders of one day, a fixed sample of them.
   */
  static int[][] dayOrders(List<Round> rounds) {
    List<Integer> interviews = interviews(rounds);
    List<int[]> days = days(rounds, interviews);
    List<List<List<Integer>>> orders = new ArrayList<>();
    int count = 1;
    for (int[] day : days) {
      List<List<Integer>> o = orders(IntStream.range(day[0], day[1]).boxed().toList());
      orders.add(o);
      count = Math.max(count, o.size());
    }
    int[][] out = new int[count][];
    for (int v = 0; v < count; v++) {
      out[v] = IntStream.range(0, interviews.size()).toArray();
      for (int d = 0; d < days.size(); d++) {
        List<Integer> order = orders.get(d).get(v % orders.get(d).size());
        for (int j = 0; j < order.size(); j++) {
          out[v][days.get(d)[0] + j] = order.get(j);
        }
      }
    }
    return out;
  }

  /** The days played through of {@code rounds} (a loop's rounds at one level), as {@code from, to} positions among its interviews. */
  static List<int[]> days(List<Round> rounds) {
    return days(rounds, interviews(rounds));
  }

  /** The positions in {@code rounds} of the interviews (every round but the deciding one). */
  private static List<Integer> interviews(List<Round> rounds) {
    List<Integer> interviews = new ArrayList<>();
    for (int r = 0; r < rounds.size(); r++) {
      if (!rounds.get(r).decides()) {
        interviews.add(r);
      }
    }
    return interviews;
  }

  private static List<Round> rounds(List<Round> rounds, List<Integer> positions) {
    return positions.stream().map(rounds::get).toList();
  }

  /**
   * The days played through of two or more interviews, each as {from, to}, positions among the
   * interviews: a day runs from an interview through each played-through one (continueAbove 0)
   * that the calendar puts on the same day as it (no day after the one before) to the day's last,
   * after which its verdicts are read. A loop without a calendar, or one whose rounds are played
   * through only because a study turned its readings off ({@code gates=off}), has none.
   */
  private static List<int[]> days(List<Round> rounds, List<Integer> interviews) {
    List<int[]> days = new ArrayList<>();
    int from = 0;
    for (int j = 0; j < interviews.size(); j++) {
      boolean sameDayNext = j + 1 < interviews.size() && rounds.get(interviews.get(j)).playedThrough()
          && rounds.get(interviews.get(j + 1)).daysAfterPrevious().map(d -> d.max() == 0).orElse(false);
      if (!sameDayNext) {
        if (j > from) {
          days.add(new int[] {from, j + 1});
        }
        from = j + 1;
      }
    }
    return days;
  }

  /**
   * {@code chosen} interviews held in the first of a day's {@code slots}: each keeps what is
   * asked and by whom, and takes its slot's place in the calendar; the last takes the day's end
   * (the last slot's continueAbove), so the day's held fails are read after it as after the full day.
   */
  private static List<Round> inSlots(List<Round> chosen, List<Round> slots) {
    List<Round> placed = new ArrayList<>();
    for (int j = 0; j < chosen.size(); j++) {
      Round c = chosen.get(j);
      Round slot = slots.get(j);
      Round end = j + 1 == chosen.size() ? slots.get(slots.size() - 1) : slot;
      placed.add(new Round(c.id(), c.personaId(), c.focus(), c.mustHave(), c.gate(), c.checksCompensation(),
          c.fromLevel(), false, c.hours(), end.continueAbove(), slot.daysAfterPrevious()));
    }
    return placed;
  }

  /**
   * Every choice of {@code m} of {@code items}, each in their order (lexicographic); where there
   * are more than {@link #MAX_VARIANTS}, that many drawn with a fixed seed.
   */
  private static List<List<Round>> choices(List<Round> items, int m) {
    List<List<Round>> all = new ArrayList<>();
    if (LongMath.binomial(items.size(), m) > MAX_VARIANTS) {
      Random random = new Random(SAMPLE_SEED);
      for (int v = 0; v < MAX_VARIANTS; v++) {
        List<Integer> picked = new ArrayList<>(IntStream.range(0, items.size()).boxed().toList());
        Collections.shuffle(picked, random);
        all.add(picked.subList(0, m).stream().sorted().map(items::get).toList());
      }
      return all;
    }
    choose(items, 0, m, new ArrayList<>(), all);
    return all;
  }

  private static void choose(List<Round> items, int from, int m, List<Round> so, List<List<Round>> all) {
    if (so.size() == m) {
      all.add(List.copyOf(so));
      return;
    }
    for (int i = from; i + (m - so.size()) <= items.size(); i++) {
      so.add(items.get(i));
      choose(items, i + 1, m, so, all);
      so.remove(so.size() - 1);
    }
  }

  /**
   * Every order of {@code items} (lexicographic by position, the given order first); where there
   * are more than {@link #MAX_VARIANTS}, the given order and others drawn with a fixed seed.
   */
  private static <T> List<List<T>> orders(List<T> items) {
    List<List<T>> all = new ArrayList<>();
    if (LongMath.factorial(items.size()) > MAX_VARIANTS) {
      Random random = new Random(SAMPLE_SEED);
      all.add(List.copyOf(items));
      while (all.size() < MAX_VARIANTS) {
        List<T> order = new ArrayList<>(items);
        Collections.shuffle(order, random);
        all.add(List.copyOf(order));
      }
      return all;
    }
    permute(items, new ArrayList<>(), new boolean[items.size()], all);
    return all;
  }

  private static <T> void permute(List<T> items, List<T> so, boolean[] used, List<List<T>> all) {
    if (so.size() == items.size()) {
      all.add(List.copyOf(so));
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      if (!used[i]) {
        used[i] = true;
        so.add(items.get(i));
        permute(items, so, used, all);
        so.remove(so.size() - 1);
        used[i] = false;
      }
    }
  }

  /** The loop playing {@code interviews} and then the deciding round of {@code rounds}, if it has one (always the last). */
  private static Loop playing(Loop loop, List<Round> rounds, List<Round> interviews) {
    List<Round> played = new ArrayList<>(interviews);
    rounds.stream().filter(Round::decides).forEach(played::add);
    return with(loop, loop.personas(), ImmutableList.copyOf(played), loop.showEarlierFeedback(), loop.committee());
  }

  /** As {@link #playing}, the committee weighing only what those interviews assess. */
  private static Loop kept(Loop loop, List<Round> rounds, List<Round> interviews) {
    Loop shorter = playing(loop, rounds, interviews);
    List<Round> played = shorter.rounds();
    Map<String, Double> weights = new LinkedHashMap<>();
    double sum = 0;
    for (Map.Entry<String, Double> e : loop.roleWeights().entrySet()) {
      if (played.stream().anyMatch(r -> r.focus().containsKey(e.getKey()))) {
        weights.put(e.getKey(), e.getValue());
        sum += e.getValue();
      }
    }
    if (sum == 0) {
      // Nothing with a role weight is assessed: the committee weighs what is, evenly.
      played.stream().flatMap(r -> r.focus().keySet().stream()).distinct().forEach(c -> weights.put(c, 1.0));
      sum = weights.size();
    }
    double total = sum;
    weights.replaceAll((c, w) -> w / total);
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
