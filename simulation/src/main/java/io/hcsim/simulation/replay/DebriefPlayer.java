package io.hcsim.simulation.replay;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.catalogue.Question;
import io.hcsim.core.committee.Decision;
import io.hcsim.core.committee.Outcome;
import io.hcsim.core.competency.Proficiency;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Round;
import io.hcsim.core.privacy.Pseudonym;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.text.Text;
import io.hcsim.simulation.calendar.LoopCalendar;
import io.hcsim.simulation.estimate.Summary;
import io.hcsim.simulation.experiment.Experiment;
import io.hcsim.simulation.experiment.Settings;
import io.hcsim.simulation.random.DrawSite;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.replay.Counterfactual;
import io.hcsim.simulation.replay.Debrief;
import io.hcsim.simulation.replay.DebriefPlayer;
import io.hcsim.simulation.replay.RoundPacket;
import io.hcsim.simulation.replay.Typical;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopOutcome;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import io.hcsim.simulation.trace.LoopRecord;
import io.hcsim.simulation.trace.RoundRecord;
import io.hcsim.simulation.trace.Stop;
import io.hcsim.simulation.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Plays one loop of a candidate with the engine's trace and writes it up as a {@link Debrief}:
 * questions and evidence notes chosen deterministically from the seed, why the loop ended, the
 * counterfactual on the same draws, and how typical the loop was.
 */
public final class DebriefPlayer {
  /** Runs searched for a loop with a wanted outcome. */
  public static final long SEARCH_LIMIT = 100_000;
  /** Runs of the simulation that says how typical a loop was. */
  public static final long TYPICAL_RUNS = 20_000;
  /** Questions shown per round at most. */
  static final int QUESTIONS_PER_ROUND = 3;

  /** Outcomes a coach can ask a loop to end with. */
  public enum Wanted {
    HIRE,
    NO_HIRE,
    HOLD,
    DOWN_LEVEL
  }

  private final LoopPlan plan;
  private final CandidateProfile profile;
  private final CandidateSource source;
  private final Candidate candidate;
  private final long seed;
  private final int threads;
  private final Draws draws;
  private final LoopRunner runner;

  /**
   * A player of {@code profile}'s loops. Each run draws the candidate around the stated profile
   * (its self-assessment error) as `hcsim simulate` does, so run N of a debrief is run N of the simulation.
   */
  public DebriefPlayer(LoopPlan plan, CandidateProfile profile, long seed, int threads) {
    this.plan = plan;
    this.profile = profile;
    Candidate stated = Candidate.of(profile, plan.catalogue().competencies());
    this.source = CandidateSource.stated(stated, profile.selfAssessment(), plan.catalogue().pool().structure());
    this.candidate = new Candidate(plan.catalogue().competencies().size());
    this.seed = seed;
    this.threads = threads;
    this.draws = new Draws(seed);
    this.runner = new LoopRunner(plan);
  }

  /** The first run, from 0 up, that ends as wanted; empty when none does in {@link #SEARCH_LIMIT} runs. */
  public OptionalLong find(Wanted wanted) {
    int target = plan.catalogue().levels().indexOf(plan.target());
    for (long run = 0; run < SEARCH_LIMIT; run++) {
      long key = draws.runKey(run);
      source.fill(run, key, candidate);
      LoopOutcome out = runner.run(key, candidate);
      boolean match = switch (wanted) {
        case HIRE -> out.hired();
        case NO_HIRE -> out.decision() == io.hcsim.core.committee.Committee.NO_HIRE;
        case HOLD -> out.decision() == io.hcsim.core.committee.Committee.HOLD;
        case DOWN_LEVEL -> out.hired() && out.decision() < target;
      };
      if (match) {
        return OptionalLong.of(run);
      }
    }
    return OptionalLong.empty();
  }

  /** Loop number {@code run} of the profile {@code profileRef} names as a debrief. */
  public Debrief play(long run, String profileRef, String loopRef, Optional<Pseudonym> anonymize, LocalDate date) {
    long key = draws.runKey(run);
    source.fill(run, key, candidate);
    LoopRecord record = runner.trace(run, key, candidate);
    Catalogue cat = plan.catalogue();
    Choice choice = new Choice(seed, run);
    ImmutableList<RoundPacket> rounds = packets(plan, record, cat, choice, true, Map.of(), profile.background());
    String shown = anonymize.map(a -> a.code(profile.name())).orElse(profile.name());
    String notes = anonymize.isPresent() || profile.notes() == null ? "" : profile.notes();
    // a loop file's path can name the candidate's folder: an anonymised packet names the loop by its id
    String loop = anonymize.isPresent() ? plan.loop().id() : loopRef;
    ImmutableMap.Builder<String, Double> drawn = ImmutableMap.builder();
    for (int c = 0; c < candidate.competencies(); c++) {
      drawn.put(plan.catalogue().competencies().get(c).id(), candidate.proficiency(c));
    }
    return new Debrief(shown, anonymize.isPresent(), notes, anonymize.isPresent() ? "" : profileRef, loop, plan.atLevel(), drawn.buildOrThrow(),
        profile.competingOfferCount(), profile.currentCompensation(), profile.bestCompetingOffer(), seed,
        OptionalLong.of(run), date, record, rounds, days(key, date), Optional.of(counterfactual(run, record)),
        Optional.of(typical(record)), Optional.empty());
  }

  /**
   * Per round, the days from {@code date} to the day it is held in this run, when every round after
   * the first says how many days follow the one before; empty otherwise. Rounds are held on working
   * days: the first on {@code date} or the next working day, each later one the drawn gap after the
   * one before, moved on to the next working day when it falls on a weekend or a public holiday.
   */
  private ImmutableList<Long> days(long runKey, LocalDate date) {
    LoopCalendar calendar = new LoopCalendar(plan);
    WorkingDays working = WorkingDays.china();
    ImmutableList.Builder<Long> days = ImmutableList.builder();
    LocalDate held = null;
    long before = 0;
    for (int r = 0; calendar.complete() && r < plan.rounds().size(); r++) {
      long drawn = Math.round(calendar.days(r + 1, runKey));
      held = working.onOrAfter(held == null ? date : held.plusDays(drawn - before));
      before = drawn;
      days.add(java.time.temporal.ChronoUnit.DAYS.between(date, held));
    }
    return days.build();
  }

  /**
   * The packets of a loop's rounds. {@code bank}: choose questions and evidence notes from the
   * banks (a simulated loop); a real scorecard has the team's own notes instead. The notes of a
   * packet agree with the candidate's {@code background} (when the profile states it) and with
   * each other: a note that shows the candidate unaware of a rule never follows one that shows
   * them applying it.
   */
  static ImmutableList<RoundPacket> packets(LoopPlan plan, LoopRecord record, Catalogue cat, Choice choice,
      boolean bank, Map<String, String> teamNotes, Set<io.hcsim.core.background.Background> background) {
    Map<String, Boolean> shown = new java.util.HashMap<>();
    ImmutableList.Builder<RoundPacket> rounds = ImmutableList.builder();
    Set<Text> usedNotes = new HashSet<>();
    Set<Text> usedQuestions = new HashSet<>();
    for (Round round : plan.rounds()) {
      Optional<RoundRecord> rr = record.rounds().stream().filter(r -> r.round().id().equals(round.id())).findFirst();
      var persona = plan.loop().persona(round);
      if (rr.isEmpty()) {
        rounds.add(new RoundPacket(round, persona, Optional.empty(), ImmutableList.of(), ImmutableMap.of(), Optional.empty(),
            Optional.empty()));
        continue;
      }
      // A loop that selects a text variant (the classic values) asks and notes in that variant's words.
      Optional<String> variant = plan.loop().textVariant();
      ImmutableList<Text> questions = bank ? questions(cat, round, choice, usedQuestions, variant) : ImmutableList.of();
      ImmutableMap.Builder<String, Text> notes = ImmutableMap.builder();
      if (bank) {
        rr.get().scorecard().ratings().forEach((c, rating) ->
            note(cat, c, rating, choice.pick(DrawSite.NOTE, round.id(), c), usedNotes, variant, background, shown)
                .ifPresent(t -> notes.put(c, t)));
      }
      rounds.add(new RoundPacket(round, persona, rr, questions, notes.buildOrThrow(),
          Optional.ofNullable(teamNotes.get(round.id())), stop(rr.get())));
    }
    return rounds.build();
  }

  /** Why the loop ended at this round, if it did: the engine's own reason. */
  static Optional<Stop> stop(RoundRecord r) {
    return r.stopped() ? Optional.of(r.stop() == Stop.NONE ? Stop.GATE : r.stop()) : Optional.empty();
  }

  /** Up to three questions for the round's focus competencies, the round's own persona's first. */
  private static ImmutableList<Text> questions(Catalogue cat, Round round, Choice choice, Set<Text> used,
      Optional<String> variant) {
    List<Question> bank = variant.map(cat::questions).orElseGet(cat::questions);
    List<Text> chosen = new ArrayList<>();
    for (String c : round.focus().keySet()) {
      if (chosen.size() == QUESTIONS_PER_ROUND) {
        break;
      }
      List<Text> own = bank.stream().filter(q -> q.personaId().equals(round.personaId()) && q.competencyId().equals(c))
          .map(Question::text).filter(t -> !used.contains(t)).toList();
      List<Text> any = own.isEmpty()
          ? bank.stream().filter(q -> q.competencyId().equals(c) && !q.ownOnly()).map(Question::text)
              .filter(t -> !used.contains(t)).toList()
          : own;
      if (!any.isEmpty()) {
        Text q = any.get(Math.floorMod(choice.pick(DrawSite.QUESTION, round.id(), c), any.size()));
        chosen.add(q);
        used.add(q);
      }
    }
    return ImmutableList.copyOf(chosen);
  }

  /**
   * A note that fits the rating, never one already used in this packet, nor one that claims a
   * background the candidate lacks or contradicts what an earlier note showed; none when no note
   * of the rating fits (the rating then stands without one).
   */
  private static Optional<Text> note(Catalogue cat, String competency, Rating rating, long pick, Set<Text> used,
      Optional<String> variant, Set<io.hcsim.core.background.Background> background, Map<String, Boolean> shown) {
    List<Text> notes = variant.map(v -> cat.rubrics().notes(competency, rating, v))
        .orElseGet(() -> cat.rubrics().notes(competency, rating));
    int n = notes.size();
    for (int i = 0; i < n; i++) {
      Text t = notes.get(Math.floorMod(pick + i, n));
      var claims = cat.rubrics().claims(t);
      if (!used.contains(t) && claims.fits(background) && !claims.contradicts(shown)) {
        used.add(t);
        claims.record(shown);
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * On the same draws, the smallest raise of one competency (in steps of 0.05 up to +1.0) that
   * gives an offer at the target level or above; for such an offer already, the smallest fall
   * that loses it.
   */
  private Counterfactual counterfactual(long run, LoopRecord record) {
    int target = plan.catalogue().levels().indexOf(plan.target());
    boolean offered = record.decision().outcome() == Outcome.HIRE
        && plan.catalogue().levels().indexOf(record.decision().level().orElseThrow()) >= target;
    long key = draws.runKey(run);
    int steps = (int) Math.round(Counterfactual.LIMIT / Counterfactual.STEP);
    for (int s = 1; s <= steps; s++) {
      double change = s * Counterfactual.STEP;
      for (int c = 0; c < plan.catalogue().competencies().size(); c++) {
        if (plan.weight(c) == 0) {
          continue;
        }
        Candidate changed = candidate.copy();
        double to = Proficiency.clamp(candidate.proficiency(c) + (offered ? -change : change));
        changed.raise(c, to - candidate.proficiency(c), Proficiency.MAX);
        if (changed.proficiency(c) == candidate.proficiency(c)) {
          continue;
        }
        LoopOutcome out = runner.run(key, changed);
        boolean nowOffered = out.hired() && out.decision() >= target;
        if (nowOffered != offered) {
          Decision d = plan.committee().toDecision(out.decision());
          // What flips: the round at which the changed loop now ends (or the decision after the last one).
          Optional<RoundRecord> end = runner.trace(run, key, changed).rounds().stream()
              .filter(r -> r.stop() != io.hcsim.simulation.trace.Stop.NONE).findFirst();
          return new Counterfactual(!offered, Optional.of(plan.catalogue().competencies().get(c).id()), change,
              Optional.of(d), end);
        }
      }
    }
    return new Counterfactual(!offered, Optional.empty(), 0, Optional.empty(), Optional.empty());
  }

  private Typical typical(LoopRecord record) {
    Summary s = new Experiment(plan, source, Settings.runs(seed, TYPICAL_RUNS, threads)).run().summary("", plan, seed);
    Map<String, Double> shares = new LinkedHashMap<>();
    s.levels().forEach((level, p) -> shares.put("hire:" + level, p));
    shares.put("no-hire", s.outcomes().get(Outcome.NO_HIRE));
    shares.put("hold", s.outcomes().get(Outcome.HOLD));
    Decision d = record.decision();
    String mine = switch (d.outcome()) {
      case HIRE -> "hire:" + d.level().map(Level::id).orElseThrow();
      case NO_HIRE -> "no-hire";
      case HOLD -> "hold";
    };
    double same = shares.getOrDefault(mine, 0.0);
    double most = shares.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    return new Typical(s.runs(), s.hire(), s.levels().getOrDefault(plan.target().id(), 0.0), same, same >= most);
  }

  /** Deterministic choices of a packet: a number per (purpose, round, competency) from the seed and run. */
  record Choice(long seed, long run) {
    long pick(DrawSite site, String round, String competency) {
      return site.key(Long.toString(seed), Long.toString(run), round, competency) >>> 1;
    }
  }
}
