package io.hcsim.core.catalogue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.hcsim.core.competency.Competencies;
import io.hcsim.core.level.Levels;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.pool.ApplicantPool;
import io.hcsim.core.prep.Activity;
import io.hcsim.core.prep.Limits;
import io.hcsim.core.prep.Strategy;
import java.util.function.Supplier;

/**
 * Everything the model knows before a user says anything: competencies, levels and bands, the
 * applicant pool, the persona library, the rubric and question banks, preparation activities and
 * strategies, and the names of the bundled loops and profiles. The rubric and question banks
 * and the preparation catalogue load lazily (a simulation needs none of them, and start-up time
 * matters); a broken one surfaces as an {@link IllegalStateException} on first use, and the
 * tests load them all.
 *
 * <p>{@code descriptionVariants} holds the text variants a loop may select (variant, then
 * competency, then that variant's description): {@code classic} describes values by the group's
 * 2004 set instead of the 2019 set, and its rubric notes and HR questions follow.
 */
public record Catalogue(
    Competencies competencies,
    Levels levels,
    ApplicantPool pool,
    ImmutableMap<String, Persona> personas,
    Supplier<RubricBank> rubricBank,
    Supplier<QuestionBank> questionBank,
    Supplier<Preparation> preparation,
    ImmutableList<String> bundledLoops,
    ImmutableList<String> bundledProfiles,
    String defaultLoop,
    String defaultProfile,
    ImmutableMap<String, ImmutableMap<String, String>> descriptionVariants) {

  /** The preparation catalogue: activities, the strategies that share hours among them, and how gains add up. */
  public record Preparation(
      ImmutableMap<String, Activity> activities, ImmutableMap<String, Strategy> strategies, Limits limits) {}

  /** The rubric bank, loaded on first use: simulations never need it. */
  public RubricBank rubrics() {
    return rubricBank.get();
  }

  /** Preparation activities by id, loaded on first use. */
  public ImmutableMap<String, Activity> activities() {
    return preparation.get().activities();
  }

  /** Built-in preparation strategies by id, loaded on first use. */
  public ImmutableMap<String, Strategy> strategies() {
    return preparation.get().strategies();
  }

  /** How preparation gains add up: the ceiling per competency, the spread of responses, the consistency cap. */
  public Limits preparationLimits() {
    return preparation.get().limits();
  }

  /** The question bank, loaded on first use. */
  public ImmutableList<Question> questions() {
    return questionBank.get().questions();
  }

  /** The questions of a loop that selects a text variant (see {@link #variants()}). */
  public ImmutableList<Question> questions(String variant) {
    return questionBank.get().questions(variant);
  }

  /** The names of the text variants a loop may select, such as {@code classic}. */
  public ImmutableSet<String> variants() {
    return descriptionVariants.keySet();
  }

  /** A competency's description under a text variant, or its default description. */
  public String description(String competencyId, String variant) {
    String own = descriptionVariants.getOrDefault(variant, ImmutableMap.of()).get(competencyId);
    return own != null ? own : competencies.byId(competencyId)
        .orElseThrow(() -> new IllegalArgumentException("unknown competency: " + competencyId)).description();
  }
}
