package io.hcsim.core.scorecard;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.files.Document;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.files.Loaded;
import io.hcsim.core.files.Problems;
import io.hcsim.core.files.Source;
import io.hcsim.core.files.Suggestions;
import io.hcsim.core.files.ValidatingReader;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.LoopReference;
import io.hcsim.core.loop.Round;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.rating.Scorecard;
import io.hcsim.core.text.Words;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads and validates a hiring team's scorecard file: the loop (a bundled name or a file beside
 * the scorecard), the target level, and the rounds held so far in the loop's order, each with
 * ratings 1-4 (or their names, in English or Chinese) for competencies the round assesses.
 * Every problem names its key path, and so its line.
 */
public final class ScorecardReader extends ValidatingReader<ScorecardFile, TeamScorecards> {
  static final String WHAT = "a scorecard (keys: loop, targetLevel, candidate, rounds: [{round, ratings, recommendation, notes}])";

  /** Reads the loop the scorecard names, once found (see {@link LoopReference}). */
  public interface Loops {
    Loop read(Source loop) throws InvalidInputException;
  }

  private final Catalogue catalogue;
  private final Loops loops;

  public ScorecardReader(Catalogue catalogue, Loops loops) {
    super(ScorecardFile.class, WHAT);
    this.catalogue = catalogue;
    this.loops = loops;
  }

  @Override
  protected Loaded<TeamScorecards> validate(Document<ScorecardFile> document) throws InvalidInputException {
    ScorecardFile f = document.value();
    Problems p = document.problems();
    Level target = catalogue.levels().check(f.targetLevel(), "targetLevel", p);
    p.require(f.loop(), "loop", "a bundled loop name (see 'hcsim loops') or a loop file");
    if (f.candidate() != null && !f.candidate().isBlank()) {
      p.name(f.candidate(), "candidate", "the candidate's name or a label");
    }
    if (f.rounds() == null || f.rounds().isEmpty()) {
      p.add("rounds", "missing or empty; expected the rounds held so far, each with its ratings");
    }
    p.throwIfAny();
    Path folder = Optional.ofNullable(Path.of(document.file()).toAbsolutePath().getParent()).orElse(Path.of("."));
    Loop loop = loops.read(LoopReference.source(f.loop().strip(), folder, catalogue.bundledLoops(), document.file(),
        document.places().getOrDefault("loop", ""), "loop"));
    List<Round> rounds = loop.roundsFor(target, catalogue.levels());
    List<String> roundIds = rounds.stream().filter(r -> !r.decides()).map(Round::id).toList();

    List<Scorecard> cards = new ArrayList<>();
    Map<String, String> notes = new LinkedHashMap<>();
    List<String> given = new ArrayList<>();
    int lastIndex = -1;
    String lastId = null;
    for (int i = 0; i < f.rounds().size(); i++) {
      ScorecardFile.RoundEntry e = f.rounds().get(i);
      String at = "rounds[" + i + "]";
      if (e == null) {
        p.add(at, "empty; expected a round held, with its ratings (round, ratings, recommendation, notes)");
        continue;
      }
      if (!p.require(e.round(), at + ".round", "a round id of the loop: " + String.join(", ", roundIds))) {
        continue;
      }
      String id = e.round().strip();
      Optional<Round> round = rounds.stream().filter(r -> r.id().equals(id)).findFirst();
      if (round.isPresent() && round.get().decides()) {
        p.add(at + ".round", "'" + id + "' is where the committee decides; it has no ratings (give the interview rounds)");
        continue;
      }
      if (round.isEmpty()) {
        p.add(at + ".round", Suggestions.unknown("round", id, roundIds) + " (the rounds of " + loop.id() + " at "
            + target.id() + ")");
        continue;
      }
      int index = roundIds.indexOf(id);
      if (cards.stream().anyMatch(c -> c.roundId().equals(id))) {
        p.add(at + ".round", "'" + id + "' is given twice; give each round once");
        continue;
      }
      if (index < lastIndex) {
        p.add(at + ".round", "'" + id + "' comes after '" + lastId + "' here but before it in the loop; give the rounds in the"
            + " loop's order: " + String.join(", ", roundIds));
      }
      lastIndex = Math.max(lastIndex, index);
      lastId = id;
      Round r = round.get();
      Map<String, Rating> ratings = ratings(e, r, at, p);
      if (ratings == null) {
        continue;
      }
      Rating recommendation;
      if (e.recommendation() == null) {
        recommendation = recommendationOf(r, ratings);
      } else {
        Optional<Rating> parsed = parse(e.recommendation());
        if (parsed.isEmpty()) {
          p.add(at + ".recommendation", ratingProblem(e.recommendation()));
          continue;
        }
        recommendation = parsed.get();
        given.add(id);
        List<String> failedMustHaves = r.mustHave().stream().filter(c -> ratings.get(c) == Rating.STRONG_NO).toList();
        if (!failedMustHaves.isEmpty() && recommendation != Rating.STRONG_NO) {
          p.add(at + ".recommendation", recommendation.name() + " contradicts the Strong No on the must-have "
              + String.join(", ", failedMustHaves) + "; a must-have at Strong No makes the recommendation STRONG_NO");
        }
      }
      cards.add(new Scorecard(id, r.personaId(), ImmutableMap.copyOf(ratings), recommendation));
      if (e.notes() != null && !e.notes().isBlank()) {
        notes.put(id, e.notes().strip());
      }
    }
    p.throwIfAny();
    cards.sort(java.util.Comparator.comparingInt(c -> roundIds.indexOf(c.roundId())));
    String candidate = f.candidate() == null || f.candidate().isBlank() ? "Candidate" : f.candidate().strip();
    return new Loaded<>(new TeamScorecards(f.loop().strip(), loop, target, candidate, ImmutableList.copyOf(cards),
        ImmutableMap.copyOf(notes), ImmutableList.copyOf(given)), ImmutableList.of());
  }

  /** The round's ratings, or null after recording what is wrong with them. */
  private Map<String, Rating> ratings(ScorecardFile.RoundEntry e, Round r, String at, Problems p) {
    if (e.ratings() == null || e.ratings().isEmpty()) {
      p.add(at + ".ratings", "missing or empty; expected a rating 1-4 for some of " + String.join(", ", r.focus().keySet()));
      return null;
    }
    Map<String, Rating> out = new LinkedHashMap<>();
    boolean ok = true;
    for (Map.Entry<String, String> x : e.ratings().entrySet()) {
      String path = at + ".ratings." + x.getKey();
      if (!catalogue.competencies().check(x.getKey(), path, p)) {
        ok = false;
        continue;
      }
      if (!r.focus().containsKey(x.getKey())) {
        p.add(path, "the " + r.id() + " round does not assess " + x.getKey() + "; it assesses "
            + String.join(", ", r.focus().keySet()));
        ok = false;
        continue;
      }
      Optional<Rating> rating = x.getValue() == null ? Optional.empty() : parse(x.getValue());
      if (rating.isEmpty()) {
        p.add(path, ratingProblem(x.getValue()));
        ok = false;
        continue;
      }
      out.put(x.getKey(), rating.get());
    }
    return ok ? out : null;
  }

  private static String ratingProblem(String value) {
    String what = value != null && value.strip().matches("-?\\d+") ? value.strip() + " is out of range" : "'" + value + "' is not a rating";
    String zh = Arrays.stream(Rating.values()).map(r -> Words.of("zh").get("rating." + r.name()))
        .collect(Collectors.joining(", "));
    return what + "; expected 1-4 or STRONG_NO, LEAN_NO, LEAN_HIRE, STRONG_HIRE (" + zh + ")";
  }

  /** A rating as 1-4, its id or English name in any case, or its name in any language as reports print it. */
  static Optional<Rating> parse(String text) {
    String t = text.strip();
    for (Rating r : Rating.values()) {
      for (String language : Words.LANGUAGES) {
        if (Words.of(language).get("rating." + r.name()).equals(t)) {
          return Optional.of(r);
        }
      }
    }
    return Optional.ofNullable(EARLIER_WORDS.get(t)).or(() -> Rating.parse(t));
  }

  /**
   * Words that earlier versions printed, and that scorecards filled in from their reports still
   * hold: hcsim now uses one scale (倾向推荐, 强烈推荐) but reads these as the same ratings.
   */
  private static final java.util.Map<String, Rating> EARLIER_WORDS = java.util.Map.of(
      "倾向录用", Rating.LEAN_HIRE, "强烈推荐录用", Rating.STRONG_HIRE);

  /**
   * The recommendation an interviewer of the engine gives from these ratings: the focus-weighted
   * mean rating to the nearest point, Strong No when a must-have is at Strong No. Weights of
   * competencies not rated are left out.
   */
  static Rating recommendationOf(Round round, Map<String, Rating> ratings) {
    if (round.mustHave().stream().anyMatch(c -> ratings.get(c) == Rating.STRONG_NO)) {
      return Rating.STRONG_NO;
    }
    double sum = 0;
    double weight = 0;
    for (Map.Entry<String, Rating> e : ratings.entrySet()) {
      double w = round.focus().get(e.getKey());
      sum += w * e.getValue().score();
      weight += w;
    }
    return Rating.ofScore(Rating.nearestScore(sum / weight));
  }
}
