package io.hcsim.core.loop;

import static io.hcsim.core.files.Problems.fmtRange;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.committee.CommitteePolicy;
import io.hcsim.core.committee.DecisionRule;
import io.hcsim.core.files.Document;
import io.hcsim.core.files.ValidatingReader;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.files.Loaded;
import io.hcsim.core.files.Problems;
import io.hcsim.core.files.Suggestions;
import io.hcsim.core.level.Level;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.persona.PersonaEntry;
import io.hcsim.core.persona.Veto;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.signal.SignalModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads and validates a loop file. Rounds name personas from the catalogue's library or from the
 * file's own {@code personas} section (which may also replace a library persona by id).
 */
public final class LoopReader extends ValidatingReader<LoopFile, Loop> {
  private static final List<String> RATINGS = Arrays.stream(Rating.values()).map(Rating::name).toList();
  /**
   * At most this many rounds in a loop, and rounds assessing one competency (so at most 88 ratings
   * over the eleven competencies; communication, rated in every interview, caps the interviews at
   * as many). Real loops have 4 to 10 rounds. A competency rated in more rounds than the
   * committee's tables hold makes each simulated loop cost about a hundred times as much (measured
   * with tables of 6: 5 ms a loop at 7 rounds, where 100,000 loops take 4 s in all), so a default
   * run would take many minutes.
   */
  public static final int MAX_ROUNDS = 20;
  public static final int MAX_RATERS = SignalModel.MAX_TABLE_DIGITS;
  /** Defaults of the bundled loop, so that a loop that leaves a key out behaves like it. */
  static final double DEFAULT_UP_LEVEL_CONFIDENCE = 0.9;
  static final double DEFAULT_CONTINUE_ABOVE = 0.1;
  public static final String WHAT = "a loop (keys: extends, id, name, description, noise, showEarlierFeedback, "
      + "roleWeights, focusFloor, committee, personas, rounds, textVariant)";
  /**
   * Assumption: communication (structure, clarity) shows in every answer, so every interviewer's
   * recommendation weighs it at least this much, about what an interviewer gives a competency it
   * does not probe directly.
   */
  public static final ImmutableMap<String, Double> DEFAULT_FOCUS_FLOOR = ImmutableMap.of("communication", 0.1);
  /** The most days a round may follow the one before it: beyond half a year it is another process. */
  static final double MAX_DAYS = 180;

  private final Catalogue catalogue;
  private final LoopExtension extension;

  public LoopReader(Catalogue catalogue) {
    super(LoopFile.class, WHAT);
    this.catalogue = catalogue;
    this.extension = new LoopExtension(catalogue.bundledLoops());
  }

  @Override
  protected Loaded<Loop> validate(Document<LoopFile> given) throws InvalidInputException {
    Document<LoopFile> document = extension.resolve(given);
    String file = document.file();
    LoopFile f = document.value();
    Problems p = document.problems();
    List<String> warnings = new ArrayList<>();
    List<String> competencyIds = catalogue.competencies().ids();
    p.name(f.id(), "id", "a short id for the loop");
    p.name(f.name(), "name", "a name for the loop");

    double loopForm = 0;
    double roundForm = 0;
    double afterReading = Loop.DEFAULT_NOISE_AFTER_READING;
    if (p.require(f.noise(), "noise", "noise: {loopForm: SD, roundForm: SD}")) {
      if (p.require(f.noise().loopForm(), "noise.loopForm", "an SD " + fmtRange(0, 2))
          && p.range(f.noise().loopForm(), "noise.loopForm", 0, 2)) {
        loopForm = f.noise().loopForm();
      }
      if (p.require(f.noise().roundForm(), "noise.roundForm", "an SD " + fmtRange(0, 2))
          && p.range(f.noise().roundForm(), "noise.roundForm", 0, 2)) {
        roundForm = f.noise().roundForm();
      }
      if (f.noise().afterReading() != null && p.range(f.noise().afterReading(), "noise.afterReading", 1, 3)) {
        afterReading = f.noise().afterReading();
        if (!Boolean.TRUE.equals(f.showEarlierFeedback())) {
          warnings.add(file + ": noise.afterReading has no effect, as interviewers do not read earlier feedback"
              + " (set showEarlierFeedback: true, or remove it)");
        }
      }
    }

    ImmutableMap<String, Double> roleWeights = weights(f.roleWeights(), "roleWeights", p, competencyIds, true);
    CommitteePolicy policy = committee(f.committee(), p);

    Map<String, Persona> personas = new LinkedHashMap<>(catalogue.personas());
    if (f.personas() != null) {
      for (Map.Entry<String, PersonaEntry> e : f.personas().entrySet()) {
        String path = "personas." + e.getKey();
        if (!p.name(e.getKey(), path, "a persona id")) {
          continue;
        }
        if (e.getValue() == null) {
          p.add(path, "missing; expected a persona");
          continue;
        }
        e.getValue().toPersona(e.getKey(), path, p, competencyIds, catalogue.levels().ids()).ifPresent(x -> personas.put(e.getKey(), x));
      }
    }

    // A persona the file defines but gets wrong is still known: its own lines say what is wrong,
    // and the rounds that use it need not add "unknown persona".
    Set<String> personaIds = new LinkedHashSet<>(personas.keySet());
    if (f.personas() != null) {
      personaIds.addAll(f.personas().keySet());
    }
    ImmutableMap<String, Double> floor = focusFloor(f.focusFloor(), p, competencyIds);
    ImmutableList<Round> rounds = rounds(f.rounds(), p, personas, personaIds, competencyIds, floor);
    Optional<String> textVariant = Optional.ofNullable(f.textVariant());
    if (textVariant.isPresent() && !p.known(textVariant.get(), "textVariant", "text variant", catalogue.variants())) {
      textVariant = Optional.empty();
    }
    p.throwIfAny();

    Set<String> used = new HashSet<>();
    rounds.forEach(r -> used.add(r.personaId()));
    ImmutableMap<String, Persona> usedPersonas = personas.entrySet().stream()
        .filter(e -> used.contains(e.getKey()))
        .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue));
    for (int i = 0; i < rounds.size(); i++) {
      Round r = rounds.get(i);
      Optional<String> vetoed = personas.get(r.personaId()).veto().flatMap(Veto::competency);
      if (!r.decides() && vetoed.isPresent() && !r.focus().containsKey(vetoed.get())) {
        warnings.add(file + ": rounds[" + i + "] (" + r.id() + "): the " + r.personaId() + " persona's veto on "
            + vetoed.get() + " never applies, as the round does not assess " + vetoed.get()
            + " (add it to the focus, or use a persona without that veto)");
      }
    }
    for (String c : competencyIds) {
      if (roleWeights.getOrDefault(c, 0.0) > 0 && rounds.stream().noneMatch(r -> r.focus().containsKey(c))) {
        warnings.add(file + ": no round assesses " + c + ", which has a role weight; under the posterior rule the committee will hold rather than hire (give it a weight of 0 or assess it)");
      }
    }
    Loop loop = new Loop(
        f.id(), f.name(), f.description() == null ? "" : f.description().strip(), usedPersonas, rounds, roleWeights,
        loopForm, roundForm, Boolean.TRUE.equals(f.showEarlierFeedback()), afterReading, policy, textVariant);
    List<String> unserved = catalogue.levels().ascending().stream()
        .filter(l -> loop.ratingRoundsFor(l, catalogue.levels()).isEmpty()).map(Level::id).toList();
    if (!unserved.isEmpty()) {
      warnings.add(file + ": no round that rates takes place at " + String.join(", ", unserved)
          + " (see fromLevel); a candidate for " + (unserved.size() == 1 ? "that level" : "those levels")
          + " cannot be simulated on this loop");
    }
    return new Loaded<>(loop, ImmutableList.copyOf(warnings));
  }

  /** Validates weights over competencies and normalises them to sum to 1. */
  private ImmutableMap<String, Double> weights(
      Map<String, Double> given, String path, Problems p, List<String> competencyIds, boolean required) {
    if (given == null) {
      if (required) {
        p.require(null, path, "weights over competency ids");
      }
      return ImmutableMap.of();
    }
    double sum = 0;
    boolean ok = true;
    for (Map.Entry<String, Double> e : given.entrySet()) {
      String at = path + "." + e.getKey();
      ok &= catalogue.competencies().check(e.getKey(), at, p)
          && p.require(e.getValue(), at, "a weight " + fmtRange(0, 100))
          && p.range(e.getValue(), at, 0, 100);
      if (ok) {
        sum += e.getValue();
      }
    }
    if (!ok) {
      return ImmutableMap.of();
    }
    if (sum <= 0) {
      p.add(path, "the weights are all zero; at least one must be positive");
      return ImmutableMap.of();
    }
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
    for (Map.Entry<String, Double> e : given.entrySet()) {
      b.put(e.getKey(), e.getValue() / sum);
    }
    return b.buildOrThrow();
  }

  /** The floor weights every interview gives (the catalogue's default when the file names none). */
  private ImmutableMap<String, Double> focusFloor(Map<String, Double> given, Problems p, List<String> competencyIds) {
    if (given == null) {
      return DEFAULT_FOCUS_FLOOR;
    }
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
    double sum = 0;
    for (Map.Entry<String, Double> e : given.entrySet()) {
      String at = "focusFloor." + e.getKey();
      if (catalogue.competencies().check(e.getKey(), at, p) && p.require(e.getValue(), at, "a weight " + fmtRange(0, 0.5))
          && p.range(e.getValue(), at, 0, 0.5)) {
        b.put(e.getKey(), e.getValue());
        sum += e.getValue();
      }
    }
    if (sum >= 1) {
      p.add("focusFloor", "the floor weights add up to " + sum + "; expected less than 1, leaving room for what a round probes");
    }
    return b.buildOrThrow();
  }

  /**
   * A round's focus (summing to 1) with each floor competency raised to its floor weight and the
   * others scaled down to make room, in the floor's order.
   */
  static ImmutableMap<String, Double> withFloor(ImmutableMap<String, Double> focus, Map<String, Double> floor) {
    if (focus.isEmpty()) {
      return focus;
    }
    Map<String, Double> out = new LinkedHashMap<>(focus);
    Set<String> raised = new HashSet<>();
    for (Map.Entry<String, Double> f : floor.entrySet()) {
      double now = out.getOrDefault(f.getKey(), 0.0);
      if (now >= f.getValue()) {
        continue;
      }
      double fixed = raised.stream().mapToDouble(out::get).sum();
      double scale = (1 - fixed - f.getValue()) / (1 - fixed - now);
      out.replaceAll((k, w) -> raised.contains(k) ? w : w * scale);
      out.put(f.getKey(), f.getValue());
      raised.add(f.getKey());
    }
    return ImmutableMap.copyOf(out);
  }

  private static CommitteePolicy committee(LoopFile.Committee c, Problems p) {
    if (!p.require(c, "committee", "committee: {rule: posterior|majority|consensus, ...}")) {
      return null;
    }
    DecisionRule rule = DecisionRule.POSTERIOR;
    List<String> rules = Arrays.stream(DecisionRule.values()).map(DecisionRule::id).toList();
    if (p.require(c.rule(), "committee.rule", "one of " + rules)
        && p.known(c.rule().toLowerCase(Locale.ROOT), "committee.rule", "decision rule", rules)) {
      rule = DecisionRule.valueOf(c.rule().toUpperCase(Locale.ROOT));
    }
    // Defaults are the bundled loop's, so a loop that leaves a key out behaves like the default loop.
    int before = p.count();
    double confidence = orDefault(c.confidence(), 0.7, "committee.confidence", 0.5, 0.99, p);
    double upLevel = orDefault(c.upLevelConfidence(), DEFAULT_UP_LEVEL_CONFIDENCE, "committee.upLevelConfidence", 0.5, 0.999, p);
    double holdMargin = orDefault(c.holdMargin(), 0.05, "committee.holdMargin", 0, 0.4, p);
    double holdSd = orDefault(c.holdSd(), 0.35, "committee.holdSd", 0, 2, p);
    int below = (int) orDefault(c.levelsBelow() == null ? null : c.levelsBelow().doubleValue(), 1, "committee.levelsBelow", 0, 3, p);
    int above = (int) orDefault(c.levelsAbove() == null ? null : c.levelsAbove().doubleValue(), 1, "committee.levelsAbove", 0, 3, p);
    double continueAbove = orDefault(c.continueAbove(), DEFAULT_CONTINUE_ABOVE, "committee.continueAbove", 0, 0.95, p);
    double payScale = orDefault(c.compensationScale(), 0.2, "committee.compensationScale", 0.01, 5, p);
    double raise = orDefault(c.typicalRaise(), 0.2, "committee.typicalRaise", 0, 2, p);
    double step = orDefault(c.competingOfferStep(), 0.1, "committee.competingOfferStep", 0, 1, p);
    double correction = orDefault(c.severityCorrection(), 0, "committee.severityCorrection", 0, 1, p);
    double override = orDefault(c.overrideAbove(), CommitteePolicy.DEFAULT_OVERRIDE_ABOVE, "committee.overrideAbove", 0.05, 1, p);
    double weaknessGap = orDefault(c.weaknessGap(), CommitteePolicy.DEFAULT_WEAKNESS_GAP, "committee.weaknessGap", 0.1, 4, p);
    if (p.count() > before) {
      return null;
    }
    if (holdMargin >= confidence) {
      p.add("committee.holdMargin", holdMargin + " is not below the confidence " + confidence + "; expected a smaller margin");
      return null;
    }
    if (c.upLevelConfidence() == null) {
      upLevel = Math.max(upLevel, confidence);
    } else if (upLevel < confidence) {
      p.add("committee.upLevelConfidence", upLevel + " is below the confidence " + confidence
          + "; expected at least the confidence (an up-level needs at least as much evidence as a hire at the target)");
      return null;
    }
    return new CommitteePolicy(rule, confidence, upLevel, holdMargin, holdSd, below, above, continueAbove, payScale, raise,
        step, correction, override, Boolean.TRUE.equals(c.overrulesStrongNo()), weaknessGap);
  }

  /** {@code daysAfterPrevious: {min, mode, max}}, or empty (and a problem when given but wrong). */
  private static Optional<DayRange> days(LoopFile.Days d, String path, int index, Problems p) {
    if (d == null) {
      return Optional.empty();
    }
    if (index == 0) {
      p.add(path, "the first round has no round before it; remove daysAfterPrevious (the calendar starts at the first round)");
      return Optional.empty();
    }
    String expected = "days " + fmtRange(0, MAX_DAYS);
    boolean ok = p.require(d.min(), path + ".min", expected) & p.require(d.mode(), path + ".mode", expected)
        & p.require(d.max(), path + ".max", expected);
    if (!ok) {
      return Optional.empty();
    }
    ok = p.range(d.min(), path + ".min", 0, MAX_DAYS) & p.range(d.mode(), path + ".mode", 0, MAX_DAYS)
        & p.range(d.max(), path + ".max", 0, MAX_DAYS);
    if (!ok) {
      return Optional.empty();
    }
    if (d.min() > d.max()) {
      p.add(path, "min " + Problems.fmt(d.min()) + " is above max " + Problems.fmt(d.max()) + "; expected min <= mode <= max");
      return Optional.empty();
    }
    if (d.mode() < d.min() || d.mode() > d.max()) {
      p.add(path + ".mode", Problems.fmt(d.mode()) + " is outside min to max (" + Problems.fmt(d.min()) + " to "
          + Problems.fmt(d.max()) + "); expected min <= mode <= max");
      return Optional.empty();
    }
    return Optional.of(new DayRange(d.min(), d.mode(), d.max()));
  }

  private static double orDefault(Double v, double dflt, String path, double min, double max, Problems p) {
    if (v == null) {
      return dflt;
    }
    return p.range(v, path, min, max) ? v : dflt;
  }

  private ImmutableList<Round> rounds(
      List<LoopFile.RoundEntry> entries, Problems p, Map<String, Persona> personas, Set<String> personaIds,
      List<String> competencyIds, Map<String, Double> floor) {
    if (entries == null || entries.isEmpty()) {
      p.add("rounds", "missing; expected a list of rounds");
      return ImmutableList.of();
    }
    ImmutableList.Builder<Round> out = ImmutableList.builder();
    Set<String> ids = new HashSet<>();
    boolean assesses = false;
    for (int i = 0; i < entries.size(); i++) {
      LoopFile.RoundEntry e = entries.get(i);
      String path = "rounds[" + i + "]";
      if (e == null) {
        p.add(path, "missing; expected a round");
        continue;
      }
      boolean ok = p.name(e.id(), path + ".id", "a round id");
      if (ok && !ids.add(e.id())) {
        p.add(path + ".id", "duplicate round id '" + e.id() + "'; expected each round to have its own id");
        ok = false;
      }
      ok &= p.require(e.persona(), path + ".persona", "a persona id")
          && p.known(e.persona(), path + ".persona", "persona", personaIds)
          && personas.containsKey(e.persona());
      ok &= p.require(e.hours(), path + ".hours", "interviewer hours " + fmtRange(0, 40))
          && p.range(e.hours(), path + ".hours", 0, 40);
      boolean decides = Boolean.TRUE.equals(e.decides());
      ImmutableMap<String, Double> focus = ImmutableMap.of();
      if (decides) {
        if (e.focus() != null && !e.focus().isEmpty()) {
          p.add(path + ".focus", "a round that decides reads the packet and rates nothing; remove focus");
          ok = false;
        }
        if (i != entries.size() - 1) {
          p.add(path + ".decides", "the deciding round must be the last round");
          ok = false;
        }
        // Settings that would do nothing on a round that rates no one are mistakes, as focus is.
        if (e.gate() != null) {
          p.add(path + ".gate", "a round that decides rates nothing, so nothing can stop at its gate; remove gate");
          ok = false;
        }
        if (Boolean.TRUE.equals(e.checksCompensation())) {
          p.add(path + ".checksCompensation",
              "a round that decides rates nothing, so it cannot weigh compensation; remove checksCompensation");
          ok = false;
        }
      } else {
        int before = p.count();
        focus = withFloor(weights(e.focus(), path + ".focus", p, competencyIds, true), floor);
        ok &= p.count() == before;
        assesses = true;
      }
      Set<String> mustHave = new LinkedHashSet<>();
      List<String> mustHaves = e.mustHave() == null ? List.of() : e.mustHave();
      for (int j = 0; j < mustHaves.size(); j++) {
        String m = mustHaves.get(j);
        String at = path + ".mustHave[" + j + "]";
        if (!p.require(m, at, "a competency id from the round's focus") || !p.known(m, at, "competency", competencyIds)) {
          ok = false;
        } else if (decides) {
          p.add(at, "a round that decides rates nothing, so it has no must-haves; remove mustHave");
          ok = false;
        } else if (!focus.isEmpty() && !focus.containsKey(m)) {
          p.add(at, "'" + m + "' is not in the round's focus; expected one of the competencies the round assesses ("
              + String.join(", ", focus.keySet()) + ")");
          ok = false;
        } else {
          mustHave.add(m);
        }
      }
      Optional<Gate> gate = Optional.empty();
      if (e.gate() != null) {
        Optional<Rating> min = Rating.parse(e.gate());
        if (min.isEmpty()) {
          p.add(path + ".gate", Suggestions.unknown("rating", e.gate(), RATINGS));
          ok = false;
        } else {
          gate = Optional.of(new Gate(min.get()));
        }
      }
      Optional<String> fromLevel = Optional.ofNullable(e.fromLevel()).map(l -> l.strip().toUpperCase(Locale.ROOT));
      if (fromLevel.isPresent() && catalogue.levels().byId(fromLevel.get()).isEmpty()) {
        p.add(path + ".fromLevel", Suggestions.unknown("level", e.fromLevel(), catalogue.levels().ids()));
        ok = false;
      }
      OptionalDouble continueAbove = OptionalDouble.empty();
      if (e.continueAbove() != null) {
        if (decides) {
          p.add(path + ".continueAbove", "the deciding round ends the loop, so nothing follows it; remove continueAbove");
          ok = false;
        } else if (p.range(e.continueAbove(), path + ".continueAbove", 0, 0.95)) {
          continueAbove = OptionalDouble.of(e.continueAbove());
        } else {
          ok = false;
        }
      }
      Optional<DayRange> days = days(e.daysAfterPrevious(), path + ".daysAfterPrevious", i, p);
      ok &= days.isPresent() == (e.daysAfterPrevious() != null);
      if (ok) {
        out.add(new Round(e.id(), e.persona(), focus, ImmutableSet.copyOf(mustHave), gate,
            Boolean.TRUE.equals(e.checksCompensation()), fromLevel, decides, e.hours(), continueAbove, days));
      }
    }
    // A calendar with holes would report days that are not there: every round after the first, or none.
    List<String> undated = new ArrayList<>();
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i) != null && entries.get(i).daysAfterPrevious() == null) {
        undated.add("rounds[" + i + "]");
      }
    }
    if (undated.size() < entries.size() - 1 && !undated.isEmpty()) {
      p.add(undated.get(0) + ".daysAfterPrevious", "missing; the other rounds after the first give daysAfterPrevious, so "
          + String.join(", ", undated) + " must too (expected {min, mode, max} in days)");
    }
    if (!assesses) {
      p.add("rounds", "no round assesses any competency; expected at least one round with a focus");
    }
    ImmutableList<Round> built = out.build();
    // The engine keeps a loop's per-round flags in 64-bit masks and a competency's ratings in a
    // base-5 int: these bounds keep both exact, far beyond any real loop.
    if (entries.size() > MAX_ROUNDS) {
      p.add("rounds", entries.size() + " rounds; expected at most " + MAX_ROUNDS
          + " (real loops have 4 to 10; hcsim bounds the work one simulated loop takes)");
    }
    for (String c : competencyIds) {
      long raters = built.stream().filter(r -> r.focus().containsKey(c)).count();
      if (raters > MAX_RATERS) {
        p.add("rounds", c + " is assessed in " + raters + " rounds; expected at most " + MAX_RATERS
            + " (beyond that each simulated loop costs about a hundred times as much)");
      }
    }
    return built;
  }
}
