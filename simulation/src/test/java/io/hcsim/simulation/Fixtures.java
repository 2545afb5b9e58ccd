package io.hcsim.simulation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.committee.CommitteePolicy;
import io.hcsim.core.committee.DecisionRule;
import io.hcsim.core.level.Level;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Gate;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.profile.CandidateProfile;
import java.util.Map;
import java.util.Optional;

/** Shared test material: the bundled catalogue and loops, and small loops built for a test. */
public final class Fixtures {
  public static final Library LIBRARY = Library.bundled();
  public static final Catalogue CATALOGUE = LIBRARY.catalogue();

  private Fixtures() {}

  public static Loop defaultLoop() {
    return load(() -> LIBRARY.loop("ali-health-pm").value());
  }

  /** A bundled loop by name. */
  public static Loop loop(String name) {
    return load(() -> LIBRARY.loop(name).value());
  }

  public static Loop openFeedbackLoop() {
    return load(() -> LIBRARY.loop("ali-health-pm-open-feedback").value());
  }

  public static CandidateProfile profile(String name) {
    return load(() -> LIBRARY.profile(name).value());
  }

  public static Level level(String id) {
    return CATALOGUE.levels().byId(id).orElseThrow();
  }

  /**
   * A loop of interview rounds in which nothing fails, one per persona, each rating only {@code
   * competency}, with the default loop's noise: what a calibration study of single interviews needs.
   */
  public static Loop interviewsOf(String competency, DecisionRule rule, String... personaIds) {
    Loop base = defaultLoop();
    ImmutableList.Builder<Round> rounds = ImmutableList.builder();
    ImmutableMap.Builder<String, Persona> personas = ImmutableMap.builder();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < personaIds.length; i++) {
      String p = personaIds[i];
      if (seen.add(p)) {
        personas.put(p, CATALOGUE.personas().get(p));
      }
      rounds.add(new Round("round" + i, p, ImmutableMap.of(competency, 1.0), ImmutableSet.of(), Optional.of(Gate.NONE),
          false, Optional.empty(), false, 1.0, java.util.OptionalDouble.empty()));
    }
    // Every interview is played and the committee reads only its rule: no fail, no Strong No and no
    // weakness ends it (overrulesStrongNo, a weakness gap wider than the scale).
    CommitteePolicy policy = new CommitteePolicy(rule, 0.7, 0.7, 0.1, 0.45, 0, 0, 0, 0.2, 0.2, 0.1, 0.5, 1, true, 4);
    return new Loop("test", "test", "", personas.buildOrThrow(), rounds.build(), ImmutableMap.of(competency, 1.0),
        base.loopFormSd(), base.roundFormSd(), false, policy);
  }

  /** A copy of a loop with one persona's severity shifted. */
  public static Loop withSeverity(Loop loop, String personaId, double severity) {
    Map<String, Persona> personas = new java.util.LinkedHashMap<>(loop.personas());
    Persona p = personas.get(personaId);
    personas.put(personaId, p.withSeverity(severity));
    return new Loop(loop.id(), loop.name(), loop.description(), ImmutableMap.copyOf(personas), loop.rounds(),
        loop.roleWeights(), loop.loopFormSd(), loop.roundFormSd(), loop.showEarlierFeedback(), loop.noiseAfterReading(),
        loop.committee(), loop.textVariant());
  }

  /** Loads bundled material, turning its checked exception into a test failure. */
  public static <T> T load(Loader<T> loader) {
    try {
      return loader.load();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Something that loads bundled material. */
  public interface Loader<T> {
    T load() throws Exception;
  }
}
