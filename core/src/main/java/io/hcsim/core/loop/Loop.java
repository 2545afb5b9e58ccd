package io.hcsim.core.loop;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.committee.CommitteePolicy;
import io.hcsim.core.level.Level;
import io.hcsim.core.level.Levels;
import io.hcsim.core.persona.Persona;
import java.util.Optional;

/**
 * An interview loop: its rounds in order, the personas they use, how the overall proficiency
 * weighs the competencies, the shared noise of the loop, whether interviewers read earlier
 * feedback, and the committee's policy. Loops are data (YAML), not code.
 *
 * @param loopFormSd SD of the candidate's form over the whole loop (shared by every rating)
 * @param roundFormSd SD of the candidate's form in one round at consistency 0.5 (shared by the
 *     round's ratings; scaled by the candidate's consistency)
 * @param showEarlierFeedback interviewers read the earlier scorecards before rating (anchoring)
 * @param noiseAfterReading the factor on an interviewer's rater noise once it has read earlier
 *     feedback: it gathers less evidence of its own (Dougherty, Turban &amp; Callender 1994)
 * @param roleWeights weights of the competencies in the overall proficiency, summing to 1
 * @param textVariant the catalogue's text variant the loop uses (such as {@code classic}), if any
 */
public record Loop(
    String id,
    String name,
    String description,
    ImmutableMap<String, Persona> personas,
    ImmutableList<Round> rounds,
    ImmutableMap<String, Double> roleWeights,
    double loopFormSd,
    double roundFormSd,
    boolean showEarlierFeedback,
    double noiseAfterReading,
    CommitteePolicy committee,
    Optional<String> textVariant) {
  /**
   * Calibrated (an assumption): with the catalogue's anchoring weights it makes open feedback
   * narrow the spread of a competency's ratings by about 13% on the P7 pool without making the
   * loop's decisions more accurate (Lorenz et al. 2011; Kataoka, Latham &amp; Whyte 1997).
   */
  public static final double DEFAULT_NOISE_AFTER_READING = 1.4;

  public Loop {
    checkArgument(noiseAfterReading >= 1 && noiseAfterReading <= 3, "noiseAfterReading must be in [1, 3]");
  }

  /** A loop in the catalogue's default text. */
  public Loop(String id, String name, String description, ImmutableMap<String, Persona> personas,
      ImmutableList<Round> rounds, ImmutableMap<String, Double> roleWeights, double loopFormSd, double roundFormSd,
      boolean showEarlierFeedback, CommitteePolicy committee) {
    this(id, name, description, personas, rounds, roleWeights, loopFormSd, roundFormSd, showEarlierFeedback,
        DEFAULT_NOISE_AFTER_READING, committee, Optional.empty());
  }

  /** Whether every round after the first says how many days follow the round before it. */
  public boolean hasCalendar() {
    return rounds.size() > 1 && rounds.stream().skip(1).allMatch(r -> r.daysAfterPrevious().isPresent());
  }

  public Persona persona(Round round) {
    return personas.get(round.personaId());
  }

  /** The rounds that take place for a candidate targeting {@code target}. */
  public ImmutableList<Round> roundsFor(Level target, Levels levels) {
    return rounds.stream()
        .filter(r -> r.fromLevel().map(id -> levels.byId(id).orElseThrow().rank() <= target.rank()).orElse(true))
        .collect(ImmutableList.toImmutableList());
  }

  /** The rounds for {@code target} that rate the candidate (all but the deciding one); empty if none do. */
  public ImmutableList<Round> ratingRoundsFor(Level target, Levels levels) {
    return roundsFor(target, levels).stream().filter(r -> !r.decides()).collect(ImmutableList.toImmutableList());
  }

}
